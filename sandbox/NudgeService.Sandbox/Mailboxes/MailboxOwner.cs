namespace NudgeService.Sandbox.Mailboxes;

/// <summary>The signed-in account: directory identity, addresses and mailbox settings.</summary>
/// <param name="ObjectId">The account's oid in its tenant (a GUID string).</param>
/// <param name="TenantId">The tenant (a GUID string); personal accounts use the consumer tenant.</param>
/// <param name="TimeZone">Mailbox time zone as Outlook stores it (a Windows id such as "Romance Standard Time").</param>
/// <param name="Locale">Mailbox language, e.g. "fr-FR".</param>
/// <param name="Aliases">Other addresses that deliver to this mailbox.</param>
/// <param name="SignInName">What the person signs in with when it is not the mailbox's address (a personal account made with another provider's address).</param>
public sealed record MailboxOwner(
    string ObjectId,
    string TenantId,
    string DisplayName,
    string GivenName,
    string Surname,
    string Address,
    IReadOnlyList<string> Aliases,
    string TimeZone,
    string Locale,
    string? JobTitle = null,
    string? CompanyName = null,
    MailboxKind Kind = MailboxKind.ExchangeOnline,
    string? SignInName = null)
{
    /// <summary>The tenant of every personal Microsoft account.</summary>
    public const string ConsumerTenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";

    /// <summary>userPrincipalName and the id token's preferred_username.</summary>
    public string SignIn => SignInName ?? Address;

    public MailPerson AsPerson => new(DisplayName, Address);

    public bool Owns(string address) =>
        string.Equals(address, Address, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(alias => string.Equals(alias, address, StringComparison.OrdinalIgnoreCase));
}
