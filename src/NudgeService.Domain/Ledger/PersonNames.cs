using System.Globalization;
using System.Text;

namespace NudgeService.Domain.Ledger;

/// <summary>Display names compared the way people read them: "Martin, Claire" is "Claire Martin" is "claire martin".</summary>
public static class PersonNames
{
    /// <summary>Lowercase unaccented name tokens in order, or empty when the name is not a person's (one token, an address).</summary>
    public static string Normalize(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Contains('@')) return "";
        var letters = new StringBuilder(displayName.Length);
        foreach (var character in displayName.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark) continue;
            letters.Append(char.IsLetter(character) ? char.ToLowerInvariant(character) : ' ');
        }
        var tokens = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return "";
        Array.Sort(tokens, StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }
}
