namespace NudgeService.Domain.Planning;

/// <summary>What is known of a message sent from a nudge, in the order it becomes known.</summary>
public enum SentMessageState
{
    /// <summary>Handed to Outlook; its answer is not known (it timed out or the connection dropped).</summary>
    Requested,

    /// <summary>Outlook answered 202 Accepted: it took the message, which may still sit in Outbox or bounce.</summary>
    AcceptedByOutlook,

    /// <summary>A sync found the message in Sent Items: it left the mailbox.</summary>
    InSentItems,

    /// <summary>A sync a full week after the request still found nothing to the recipient in Sent Items.</summary>
    NotFoundInSentItems,
}

/// <summary>
/// A message sent from a nudge, as far as the mailbox has shown it. sendMail's 202 only says Outlook
/// accepted the message: it is saved to Sent Items later, once transport took it, and may never be.
/// Only a sync that sees it there confirms it. Nothing goes back: a later sighting can still confirm
/// a message given up on, and a confirmed one stays confirmed.
/// </summary>
/// <param name="RequestedAt">When the send was claimed, just before Outlook was asked.</param>
/// <param name="AcceptedAt">When Outlook answered 202; null while its answer is unknown.</param>
/// <param name="SettledAt">When a sync confirmed it or gave up on it.</param>
public sealed record SentMessage(SentMessageState State, DateTimeOffset RequestedAt, DateTimeOffset? AcceptedAt = null, DateTimeOffset? SettledAt = null)
{
    /// <summary>The mailbox's clock and ours may disagree by this much: a message dated this much before the request is still the one.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long after the request a sync still waits for the message before saying it is not in Sent Items.</summary>
    public static readonly TimeSpan SentItemsWait = TimeSpan.FromDays(7);

    public static SentMessage Requested(DateTimeOffset at) => new(SentMessageState.Requested, at);

    /// <summary>
    /// The earliest time a message in Sent Items may carry and still be this one: the request comes
    /// just before the acceptance, and an unanswered request has nothing later to go by.
    /// </summary>
    public DateTimeOffset EarliestSentItemsTime => RequestedAt - ClockSkew;

    public SentMessage Accepted(DateTimeOffset at) => State switch
    {
        SentMessageState.Requested => this with { State = SentMessageState.AcceptedByOutlook, AcceptedAt = at },
        _ => throw new InvalidOperationException($"Outlook's answer comes once, right after the request; this message is already {State}."),
    };

    /// <summary>
    /// What a sync at <paramref name="syncedAt"/> tells of the message, given the times of the Sent Items
    /// messages to its recipient that the sync read.
    /// </summary>
    public SentMessage AfterSync(DateTimeOffset syncedAt, IEnumerable<DateTimeOffset> sentItemsTimesToRecipient)
    {
        if (State == SentMessageState.InSentItems) return this;
        var earliest = EarliestSentItemsTime;
        if (sentItemsTimesToRecipient.Any(time => time >= earliest)) return this with { State = SentMessageState.InSentItems, SettledAt = syncedAt };
        if (State != SentMessageState.NotFoundInSentItems && syncedAt - RequestedAt >= SentItemsWait) return this with { State = SentMessageState.NotFoundInSentItems, SettledAt = syncedAt };
        return this;
    }
}
