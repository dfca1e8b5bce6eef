using System.Globalization;
using System.Text;

namespace NudgeService.Application.Web;

/// <summary>
/// One line of text that came from elsewhere (a contact's name, a typed subject) as pages, emails
/// and sent mail carry it: control characters and the invisible bidirectional controls that
/// reorder whatever follows them (U+202E turns "moc.elpmaxe@" into an address that reads well) are
/// taken out, line breaks and tabs become spaces.
/// </summary>
public static class SafeText
{
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var line = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (character is '\t' or '\r' or '\n') line.Append(' ');
            else if (!IsControl(character)) line.Append(character);
        }
        return string.Join(' ', line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>An error code another site put in a query string, cut short and reduced to safe characters before it is shown or logged.</summary>
    public static string Code(string value) => new(value.Take(64).Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').ToArray());

    /// <summary>C0 and C1 controls, the embeddings, overrides and isolates, and the directional marks.</summary>
    public static bool IsControl(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.Control
        || character is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
