using NudgeService.Domain.Planning;

namespace NudgeService.Application.Accounts;

/// <summary>A connected Outlook account and how NudgeService serves it.</summary>
/// <param name="UserId">Opaque id derived from the account's tenant and object ids; the partition key of all its data.</param>
/// <param name="HomeAccountId">MSAL's "oid.tid" key of the account in the token cache.</param>
/// <param name="TimeZone">The mailbox time zone as Outlook reports it (Windows or IANA id).</param>
/// <param name="Language">"en" or "fr": the language of pages, emails and drafts.</param>
/// <param name="Slot">When the weekly digest is due, in <paramref name="TimeZone"/>.</param>
public sealed record UserAccount(
    string UserId,
    string HomeAccountId,
    string Address,
    string DisplayName,
    string TimeZone,
    string Language,
    IReadOnlySet<string> GrantedScopes,
    AccountStatus Status,
    DateTimeOffset ConnectedAt,
    DigestSlot Slot,
    DateTimeOffset? ReconnectEmailSentAt)
{
    /// <summary>Compared without regard to case whoever builds the account, so a spelling read back from storage still matches.</summary>
    public IReadOnlySet<string> GrantedScopes { get; init; } = Connect.GraphPermissions.SetOf(GrantedScopes);

    /// <summary>How emails greet the user and how drafts are signed.</summary>
    public string FirstName => DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? DisplayName;
}

public enum AccountStatus
{
    Active,
    NeedsReconnect,
    Paused,
    Unsubscribed,
}
