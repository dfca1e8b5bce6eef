using System.Globalization;

namespace NudgeService.Application.Digest.Wording;

/// <summary>
/// How to call a person from the name a mailbox shows: "Martin, Claire", "MARTIN Claire" and
/// "claire.martin@contoso.com" are all Claire. Empty when the name cannot be guessed safely:
/// a draft says "Hello," rather than greet someone by a mangled address.
/// </summary>
public static class DisplayNames
{
    private static readonly char[] AddressSeparators = ['.', '_', '-'];

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof.", "M.", "Mme", "Mlle", "Me" };

    public static string FirstName(string? displayName)
    {
        var words = Words(displayName);
        if (words.Count == 0) return "";
        // "MARTIN Claire": the surname in capitals comes first in many French address books.
        var mixedCase = words.Where(word => !IsShouted(word)).ToList();
        var first = mixedCase.Count > 0 && mixedCase.Count < words.Count ? mixedCase[0] : words[0];
        return IsShouted(first) ? Capitalized(first) : first;
    }

    /// <summary>The honorific the name starts with ("Dr", "Prof.", "Mme"), if any: a distant formal tie may be greeted by it.</summary>
    public static string? Title(string? displayName) =>
        (displayName ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first && Honorifics.Contains(first) ? first : null;

    /// <summary>The last word of the readable name, for "Dr Martin"; empty for a single word or an address.</summary>
    public static string Surname(string? displayName)
    {
        var readable = Readable(displayName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return readable.Length > 1 ? readable[^1] : "";
    }

    /// <summary>"Claire Martin" for "Martin, Claire" and "MARTIN Claire"; the name as shown otherwise; empty for an address.</summary>
    public static string Readable(string? displayName)
    {
        var words = Words(displayName);
        var shouted = words.Where(IsShouted).ToList();
        if (shouted.Count == 0 || shouted.Count == words.Count) return string.Join(' ', words);
        return string.Join(' ', words.Where(word => !IsShouted(word)).Concat(shouted.Select(Capitalized)));
    }

    /// <summary>The words of a name in speaking order, from a display name or, failing that, an address's local part.</summary>
    private static List<string> Words(string? displayName)
    {
        var text = (displayName ?? "").Trim().Trim('"', '\'', ' ');
        if (text.Length == 0) return [];
        if (text.Contains('@')) return FromAddress(text);
        var withoutNote = text.Split('(')[0].Trim();
        var comma = withoutNote.IndexOf(',');
        if (comma > 0) withoutNote = $"{withoutNote[(comma + 1)..]} {withoutNote[..comma]}";
        return [.. withoutNote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word.Any(char.IsLetter) && !Honorifics.Contains(word))];
    }

    /// <summary>Only "first.last" local parts say where the first name ends; "cmartin" could be anyone's.</summary>
    private static List<string> FromAddress(string address)
    {
        var local = address[..address.IndexOf('@')];
        var parts = local.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.All(part => part.Length > 1 && part.All(char.IsLetter))) return [];
        return [.. parts.Select(Capitalized)];
    }

    /// <summary>Two capitals are more likely initials ("JP") than a surname.</summary>
    private static bool IsShouted(string word) => word.Length > 2 && word.Any(char.IsLetter) && word == word.ToUpperInvariant();

    private static string Capitalized(string word) => string.Join('-', word.Split('-').Select(part =>
        part.Length == 0 ? part : char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..].ToLower(CultureInfo.InvariantCulture)));
}
