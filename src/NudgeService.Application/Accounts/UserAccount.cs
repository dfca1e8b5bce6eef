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

    public const int MinPeoplePerWeek = 1;
    public const int MaxPeoplePerWeek = 5;
    public const int DefaultPeoplePerWeek = 3;

    /// <summary>How many people to reconnect with each week: the user's own ritual, 1 to 5.</summary>
    public int PeoplePerWeek
    {
        get => peoplePerWeek;
        init => peoplePerWeek = value is >= MinPeoplePerWeek and <= MaxPeoplePerWeek
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PeoplePerWeek), value, $"Between {MinPeoplePerWeek} and {MaxPeoplePerWeek} people a week.");
    }

    private readonly int peoplePerWeek = DefaultPeoplePerWeek;

    /// <summary>The day, in the user's zone, digests come again after a pause the user chose (a holiday); null when not paused.</summary>
    public DateOnly? PausedUntil { get; init; }

    /// <summary>A pause the user chose covers <paramref name="day"/>; it ends by itself.</summary>
    public bool IsPausedOn(DateOnly day) => PausedUntil > day;

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
