using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Admin;

/// <summary>Request bodies of the /sandbox admin endpoints.</summary>
public sealed record AddMailboxRequest(string? Persona, int? Seed, DateTimeOffset? Now, string? Log, string? Owner);

public sealed record TokenRequest(IReadOnlyList<string>? Scopes, int? LifetimeSeconds);

public sealed record ClockRequest(DateTimeOffset? Now, double? AdvanceDays, double? AdvanceHours);

public sealed record PersonRequest(string? Name, string Address)
{
    public MailPerson ToPerson() => new(Name ?? Address, Address.Trim().ToLowerInvariant());
}

/// <param name="Folder">inbox, sentitems, deleteditems, archive or the id of a folder the owner created.</param>
/// <param name="From">Defaults to the owner for sent items.</param>
public sealed record AppendMessageRequest(
    string Folder,
    PersonRequest? From,
    PersonRequest? Sender,
    IReadOnlyList<PersonRequest>? To,
    IReadOnlyList<PersonRequest>? Cc,
    string? Subject,
    DateTimeOffset? ReceivedDateTime,
    string? InferenceClassification,
    Dictionary<string, string>? Headers);

public sealed record AppendEventRequest(
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? TimeZone,
    PersonRequest? Organizer,
    IReadOnlyList<PersonRequest>? Attendees,
    bool? IsCancelled,
    string? OwnerResponse);

public sealed record UpdateEventRequest(bool? IsCancelled, string? OwnerResponse, string? Subject);

public sealed record ContactRequest(
    string? GivenName,
    string? Surname,
    IReadOnlyList<PersonRequest>? EmailAddresses,
    DateTimeOffset? Birthday,
    string? JobTitle,
    string? CompanyName,
    bool? ClearCompany);

/// <param name="UserConsent">The work tenants' user consent setting: Allowed (by default), VerifiedPublishersOnly or AdminOnly.</param>
/// <param name="Administrators">Accounts (keys or addresses) that may give admin consent for their tenant.</param>
public sealed record ConsentRequest(string Mode, IReadOnlyList<string>? DeclinedScopes, string? UserConsent = null, IReadOnlyList<string>? Administrators = null);

/// <param name="Status">The 4xx Graph answers a forgotten token with (400 by default).</param>
/// <param name="Code">syncStateNotFound, resyncRequired or syncStateInvalid (resyncRequired by default).</param>
/// <param name="UntilCleared">Refuse every token, even new ones, until DELETE: a stream that cannot resume at all.</param>
public sealed record SyncStateLossRequest(int? Status, string? Code, bool? UntilCleared);

/// <param name="Parent">Id or well-known name of the parent folder; absent for a top-level folder.</param>
public sealed record FolderRequest(string? DisplayName, string? Parent, bool? ToRoot);

/// <param name="Folder">Id or well-known name of the folder the message goes to.</param>
public sealed record MoveMessageRequest(string Folder);
