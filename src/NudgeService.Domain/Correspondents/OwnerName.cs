namespace NudgeService.Domain.Correspondents;

/// <summary>
/// Whether an address bears the user's own name: "Marie Dupont" on marie@maison-dupont.fr, or
/// klay@ and jskilli@ (initial and truncated surname) for Kenneth Lay and Jeff Skilling.
/// </summary>
internal static class OwnerName
{
    /// <summary>Mail systems cut long local parts, so a surname prefix this long still counts.</summary>
    private const int TruncatedSurnameLength = 5;

    public static bool IsBorneBy(OwnerIdentity owner, string address, string? displayName)
    {
        var given = owner.Given;
        var family = owner.Family;
        if (given.Length == 0 || family.Length < 2) return false;

        // A display name of two words or more speaks for the address: "Marc Dupont" is not "Marie Dupont".
        var display = NameText.Words(displayName);
        if (display.Length >= 2) return Matches(display, given, family);

        var local = NameText.Words(NameText.LocalPart(address));
        if (local.Length >= 2) return Matches(local, given, family);
        return local.Length == 1 && IsRunTogether(local[0], given, family);
    }

    /// <summary>A domain named after the family, such as layfam.com or maison-dupont.fr: its first names are relatives.</summary>
    public static bool IsFamilyDomain(OwnerIdentity owner, string address)
    {
        var family = owner.Family;
        var domain = Ledger.Addresses.Domain(address) ?? "";
        var words = NameText.Words(domain.Split('.')[0]);
        return family.Length >= 3 && words.Any(word => word.StartsWith(family, StringComparison.Ordinal));
    }

    private static bool Matches(string[] words, string given, string family) =>
        words.Contains(family) && words.Any(word => word != family && IsGivenName(word, given));

    /// <summary>"ken" for Kenneth, "jeffrey" for Jeff, or the initial alone.</summary>
    private static bool IsGivenName(string word, string given) =>
        word == given
        || word.Length == 1 && word[0] == given[0]
        || word.Length >= 3 && given.StartsWith(word, StringComparison.Ordinal)
        || given.Length >= 3 && word.StartsWith(given, StringComparison.Ordinal);

    private static bool IsRunTogether(string word, string given, string family)
    {
        if (word == given + family || word == family + given || word == family + given[0]) return true;
        if (word.Length < 2 || word[0] != given[0]) return false;
        var rest = word[1..];
        return rest == family || rest.Length >= Math.Min(family.Length, TruncatedSurnameLength) && family.StartsWith(rest, StringComparison.Ordinal);
    }
}
