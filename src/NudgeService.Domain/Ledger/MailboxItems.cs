namespace NudgeService.Domain.Ledger;

/// <summary>An item of a delta page, already reduced to the fields the ledger uses.</summary>
public abstract record MailboxItem(string ItemId);

public sealed record MailAddress(string Address, string? Name);

/// <param name="IsOther">Outlook filed it under "Other" rather than "Focused".</param>
/// <param name="HasBulkHeaders">It carries headers of bulk or automatic mail.</param>
public sealed record MailHeader(
    string ItemId,
    MailAddress From,
    MailAddress Sender,
    IReadOnlyList<MailAddress> To,
    IReadOnlyList<MailAddress> Cc,
    DateTimeOffset ReceivedAt,
    bool IsOther,
    bool HasBulkHeaders) : MailboxItem(ItemId);

/// <param name="DeclinedByUser">The user's own answer was "declined".</param>
public sealed record CalendarItem(
    string ItemId,
    string Subject,
    DateTimeOffset Start,
    MailAddress? Organizer,
    IReadOnlyList<MailAddress> Attendees,
    bool IsCancelled,
    bool DeclinedByUser,
    DateOnly? AllDay = null) : MailboxItem(ItemId)
{
    /// <summary>When the meeting begins for the user: an all-day event begins at the start of its own date in the user's zone, whatever zone Graph labelled it with.</summary>
    public DateTimeOffset StartFor(TimeZoneInfo zone) => AllDay is { } day ? LocalDay.Start(day, zone) : Start;
}

public sealed record ContactItem(ContactCard Card) : MailboxItem(Card.ContactId);

/// <summary>An item the stream reports as deleted (or moved out of the folder).</summary>
public sealed record RemovedItem(string ItemId) : MailboxItem(ItemId);
