namespace NudgeService.Domain.Ledger;

/// <summary>
/// What one mail or meeting says about one correspondent. Keyed by a hash of the Graph item id,
/// so that a page read twice, or a queue message delivered twice, changes nothing.
/// </summary>
/// <param name="Audience">People involved other than the user, capped at 255.</param>
public readonly record struct LedgerEntry(uint Item, DateOnly Day, EntryKind Kind, byte Audience, EntrySignals Signals)
{
    public bool IsTouch => Kind is EntryKind.MailFromUser or EntryKind.MailToUser or EntryKind.Meeting;
}

/// <summary>The first three are interactions; the others are evidence about who an address is.</summary>
public enum EntryKind : byte
{
    MailFromUser = 0,
    MailToUser = 1,
    Meeting = 2,
    SentFromUserMailbox = 3,
    SentOnBehalfOfOthers = 4,
    ReachedUserAsRecipient = 5,
    SentByDelegate = 6,

    /// <summary>The correspondent was in To or Cc of mail someone else sent the user: who was in whose thread.</summary>
    CopiedAlongside = 7,
}

[Flags]
public enum EntrySignals : byte
{
    None = 0,
    BulkHeaders = 1,
    FiledAsOther = 2,

    /// <summary>On a meeting: the correspondent organised it.</summary>
    Organizer = 4,
}
