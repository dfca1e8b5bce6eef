using System.Text;

namespace NudgeService.Cli.Ties;

/// <summary>
/// Reads comma-separated records with optional double quotes (doubled inside), where a quoted
/// field may hold commas and line breaks.
/// </summary>
public sealed class QuotedCsv(TextReader reader)
{
    private readonly StringBuilder field = new();

    /// <summary>The physical line the last record started on, for error messages.</summary>
    public int LineNumber { get; private set; }

    private int nextLine = 1;

    /// <returns>The fields, or null at the end of input; <paramref name="wellFormed"/> is false for an unclosed or stray quote.</returns>
    public List<string>? Read(out bool wellFormed)
    {
        wellFormed = true;
        LineNumber = nextLine;
        var line = reader.ReadLine();
        if (line is null) return null;
        nextLine++;
        var fields = new List<string>(8);
        field.Clear();
        var quoted = false;
        var position = 0;
        while (true)
        {
            if (position == line.Length)
            {
                if (!quoted) break;
                var continuation = reader.ReadLine();
                if (continuation is null)
                {
                    wellFormed = false;
                    break;
                }
                nextLine++;
                field.Append('\n');
                line = continuation;
                position = 0;
                continue;
            }
            var c = line[position++];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (position < line.Length && line[position] == '"') field.Append(line[position++]);
                else quoted = false;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else
            {
                if (c == '"') wellFormed = false;
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
