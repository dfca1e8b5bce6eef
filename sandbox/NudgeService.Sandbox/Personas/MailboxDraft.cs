using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

internal readonly record struct MessageDraft(
    DateTimeOffset SentAt,
    int DeliverySeconds,
    MailFolder Folder,
    MailPerson From,
    MailPerson Sender,
    IReadOnlyList<MailPerson> To,
    IReadOnlyList<MailPerson> Cc,
    string Subject,
    long Conversation,
    string InferenceClassification,
    IReadOnlyList<KeyValuePair<string, string>> Headers);

internal sealed record EventDraft(
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    MailPerson Organizer,
    IReadOnlyList<EventAttendee> Attendees,
    string OwnerResponse = "accepted",
    bool IsCancelled = false,
    bool IsAllDay = false,
    bool IsOnlineMeeting = false,
    string? Location = null,
    int? Series = null);

/// <summary>
/// Mail and meetings as they are generated, in any order; numbered by time once complete so that
/// numbers are dense and follow the mailbox's history.
/// </summary>
internal sealed class MailboxDraft
{
    private readonly List<MessageDraft> messages;
    private readonly List<EventDraft> events = [];
    private long conversations;
    private int series;

    public MailboxDraft(int expectedMessages) => messages = new List<MessageDraft>(expectedMessages + expectedMessages / 8);

    public int MessageCount => messages.Count;

    public int EventCount => events.Count;

    public IReadOnlyList<MessageDraft> Messages => messages;

    public long NewConversation() => ++conversations;

    public int NewSeries() => series++;

    public void AddSent(DateTimeOffset at, MailPerson from, MailPerson sender, IReadOnlyList<MailPerson> to, IReadOnlyList<MailPerson> cc, string subject, long conversation) =>
        messages.Add(new MessageDraft(at, 1, MailFolder.SentItems, from, sender, to, cc, subject, conversation, "focused", []));

    public void AddReceived(
        DateTimeOffset at,
        int deliverySeconds,
        MailPerson from,
        IReadOnlyList<MailPerson> to,
        IReadOnlyList<MailPerson> cc,
        string subject,
        long conversation,
        MailFolder folder = MailFolder.Inbox,
        string inferenceClassification = "focused",
        IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        messages.Add(new MessageDraft(at, deliverySeconds, folder, from, from, to, cc, subject, conversation, inferenceClassification, headers ?? []));

    public void AddEvent(EventDraft draft) => events.Add(draft);

    public IReadOnlyList<MailMessage> BuildMessages()
    {
        var order = TimeOrder(messages.Count, i => messages[i].SentAt);
        var built = new MailMessage[order.Length];
        for (var n = 0; n < order.Length; n++)
        {
            var draft = messages[order[n]];
            built[n] = new MailMessage
            {
                Number = n + 1,
                Folder = draft.Folder,
                SentAt = draft.SentAt,
                ReceivedAt = draft.SentAt.AddSeconds(draft.DeliverySeconds),
                From = draft.From,
                Sender = draft.Sender,
                To = draft.To,
                Cc = draft.Cc,
                Subject = draft.Subject,
                ConversationNumber = draft.Conversation,
                InferenceClassification = draft.InferenceClassification,
                Headers = draft.Headers,
            };
        }
        return built;
    }

    /// <summary>Events numbered 1..n by start; series masters, which are no items, take the numbers after n.</summary>
    public IReadOnlyList<CalendarEvent> BuildEvents()
    {
        var order = TimeOrder(events.Count, i => events[i].Start);
        var built = new CalendarEvent[order.Length];
        for (var n = 0; n < order.Length; n++)
        {
            var draft = events[order[n]];
            built[n] = new CalendarEvent
            {
                Number = n + 1,
                Subject = draft.Subject,
                Start = draft.Start,
                End = draft.End,
                TimeZone = draft.TimeZone,
                Organizer = draft.Organizer,
                Attendees = draft.Attendees,
                OwnerResponse = draft.OwnerResponse,
                IsCancelled = draft.IsCancelled,
                IsAllDay = draft.IsAllDay,
                IsOnlineMeeting = draft.IsOnlineMeeting,
                Location = draft.Location,
                SeriesMasterNumber = draft.Series is { } series ? order.Length + 1 + series : null,
            };
        }
        return built;
    }

    /// <summary>Indices sorted by time, ties broken by generation order.</summary>
    private static int[] TimeOrder(int count, Func<int, DateTimeOffset> timeOf)
    {
        var keys = new (long Ticks, int Index)[count];
        for (var i = 0; i < count; i++) keys[i] = (timeOf(i).UtcTicks, i);
        Array.Sort(keys);
        return [.. keys.Select(key => key.Index)];
    }
}
