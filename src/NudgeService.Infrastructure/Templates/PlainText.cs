using System.Text;

namespace NudgeService.Infrastructure.Templates;

/// <summary>
/// Tidies text rendered from a template: a fact left out must not leave a double space, a space
/// before a comma or a run of empty lines behind it, so templates can stay readable.
/// </summary>
internal static class PlainText
{
    public static string Tidy(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = SingleSpaced(raw.Trim());
            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0)) continue;
            lines.Add(line);
        }
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }

    /// <summary>Trailing spaces and runs of empty lines removed, indentation and punctuation kept: for text that carries URLs and names as they are.</summary>
    public static string Compact(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0)) continue;
            lines.Add(line);
        }
        return string.Join('\n', lines).TrimEnd() + "\n";
    }

    /// <summary>One line on one line: for a subject or a preheader.</summary>
    public static string OneLine(string text) => SingleSpaced(text.Replace('\r', ' ').Replace('\n', ' ').Trim());

    private static string SingleSpaced(string line)
    {
        var tidy = new StringBuilder(line.Length);
        foreach (var character in line)
        {
            var isSpace = character is ' ' or '\t';
            if (isSpace && (tidy.Length == 0 || tidy[^1] == ' ')) continue;
            if (character is ',' or '.' && tidy.Length > 0 && tidy[^1] == ' ') tidy.Length--;
            tidy.Append(isSpace ? ' ' : character);
        }
        return tidy.ToString().TrimEnd();
    }
}
