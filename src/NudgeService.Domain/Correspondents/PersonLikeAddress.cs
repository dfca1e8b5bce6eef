namespace NudgeService.Domain.Correspondents;

/// <summary>
/// Whether an address reads as one person's: its local part carries the display name
/// ("Claire Dupont" at c.dupont@ or claire.dupont2@), or, when the display name says nothing,
/// has the first.last shape. "briefing@", "svarga@" or "40enron@" do not.
/// </summary>
internal static class PersonLikeAddress
{
    private const int LongestInitial = 2;

    public static bool IsLikely(string address, string? displayName)
    {
        var localWords = NameText.Words(NameText.LocalPart(address));
        var local = string.Concat(localWords);
        var name = NameText.Words(displayName);
        if (name.Length >= 2 && name.Any(word => word.Length > LongestInitial && local.Contains(word, StringComparison.Ordinal))) return true;
        return localWords.Length >= 2 && localWords.Any(word => word.Length > LongestInitial);
    }
}
