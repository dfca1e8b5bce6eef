namespace NudgeService.Domain.Correspondents;

/// <summary>
/// Who the user is, as the profile says (/me mail, userPrincipalName, names). Aliases the profile
/// does not list are recognised by the name they bear.
/// </summary>
/// <param name="Addresses">The user's known addresses, compared case-insensitively.</param>
/// <param name="GivenName">When null, the first word of the display name.</param>
/// <param name="Surname">When null, the last word of the display name.</param>
public sealed record OwnerIdentity(IReadOnlyList<string> Addresses, string DisplayName, string? GivenName = null, string? Surname = null)
{
    public bool Owns(string address) => Addresses.Any(known => string.Equals(known.Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase));

    internal string[] DisplayWords => NameText.Words(DisplayName);

    internal string Given => NameText.Letters(GivenName) is { Length: > 0 } given ? given : DisplayWords.FirstOrDefault() ?? "";

    internal string Family => NameText.Letters(Surname) is { Length: > 0 } family ? family : DisplayWords.Length > 1 ? DisplayWords[^1] : "";
}
