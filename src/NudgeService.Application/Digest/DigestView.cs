using NudgeService.Domain.Planning;
namespace NudgeService.Application.Digest;

/// <summary>Everything one weekly email shows, already decided and drafted; rendering only lays it out.</summary>
/// <param name="Week">The Monday of the digest's ISO week, in the user's zone.</param>
/// <param name="Today">The day the digest is written, for "Thursday" rather than a date.</param>
public sealed record DigestView(
    string Language,
    string UserFirstName,
    DateOnly Week,
    DateOnly Today,
    IReadOnlyList<DigestItem> Items,
    DigestFooter Footer)
{
    /// <summary>Set on the user's first digest (the first look): when the weekly one comes, for a line on how it works.</summary>
    public DigestSlot? FirstLook { get; init; }
}

/// <summary>The user's digest slot in their own zone.</summary>
/// <param name="Why">The plain-language reason, e.g. "You used to be in touch every 2 weeks; it has been 11 weeks."</param>
/// <param name="Date">The day of a dated event; null for a reconnect.</param>
public sealed record DigestItem(
    NudgeKind Kind,
    string PersonName,
    string Address,
    string Why,
    DateOnly? Date,
    MessageDraft Draft,
    NudgeActions Actions);

/// <param name="EditInOutlook">Null when the user did not grant Mail.ReadWrite.</param>
public sealed record NudgeActions(string Send, string? EditInOutlook, string Snooze, string NotThisPerson);

public sealed record DigestFooter(string Preferences, string Disconnect, string Unsubscribe);

/// <param name="Preheader">The line mail clients show after the subject.</param>
public sealed record RenderedDigest(string Subject, string Preheader, string Html, string Text);
