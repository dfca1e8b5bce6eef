using System.Globalization;
using System.Text;

namespace NudgeService.Domain.Correspondents;

/// <summary>Names and local parts reduced to lowercase ASCII words, so that "Hélène" meets "helene".</summary>
internal static class NameText
{
    /// <summary>Runs of letters, accents removed: "Jean-Marc.Dupont2" gives jean, marc, dupont.</summary>
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return [.. words];
    }

    /// <summary>All letters run together: "Jean-Marc.Dupont2" gives "jeanmarcdupont".</summary>
    public static string Letters(string? text) => string.Concat(Words(text));

    public static string LocalPart(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 ? address : address[..at];
    }
}
