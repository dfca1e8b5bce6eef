using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Ledger;

/// <summary>
/// Turns one sync's mailbox items into ledger entries. Every entry is keyed by its item, so
/// applying a page twice, or a whole stream again after a resync, leaves the ledger as it was.
/// What can only be told once everything is read (which Sent Items senders are the user, how
/// many people an Inbox mail went to) waits for <see cref="Complete"/>.
/// </summary>
/// <param name="ownerName">The user's display name, by which an unknown sender of Sent Items mail is recognised as an alias.</param>
public sealed class LedgerUpdater(RelationshipLedger ledger, OwnAddresses own, string ownerName, TimeZoneInfo zone, DateTimeOffset now)
{
    private readonly List<MailHeader> sentByOthers = [];
    private readonly List<MailHeader> received = [];
    private readonly HashSet<uint> calendarItemsSeen = [];
    private MeetingIndex? meetings;
    private bool completed;

    public void ApplyContacts(IEnumerable<MailboxItem> items)
    {
        foreach (var item in Open(items))
        {
            switch (item)
            {
                case ContactItem contact: ContactCards.Apply(ledger, contact.Card, now); break;
                case RemovedItem removed: ContactCards.Remove(ledger, removed.ItemId); break;
                default: throw Misplaced(item, "contacts");
            }
        }
    }

    public void ApplyCalendar(IEnumerable<MailboxItem> items)
    {
        foreach (var item in Open(items))
        {
            switch (item)
            {
                case CalendarItem meeting: ApplyMeeting(meeting); break;
                case RemovedItem removed: Meetings.Forget(ItemHash.Of(removed.ItemId)); break;
                default: throw Misplaced(item, "calendar");
            }
        }
    }

    /// <summary>Mail of the Inbox, the Archive or the user's own folders.</summary>
    public void ApplyReceivedMail(IEnumerable<MailboxItem> items) => ApplyMail(items, received.Add);

    public void ApplySentMail(IEnumerable<MailboxItem> items) => ApplyMail(items, ApplySent);

    /// <summary>
    /// Settles the round: Sent Items senders become aliases or delegates, Inbox mail counts its
    /// audience with the aliases known, moved people are merged, started meetings become
    /// interactions, and old entries are archived.
    /// </summary>
    public void Complete()
    {
        if (completed) throw new InvalidOperationException("The round's ledger has already been completed.");
        completed = true;
        SettleSentByOthers();
        foreach (var mail in received) ApplyReceived(mail);
        received.Clear();
        ledger.MergeMovedPeople();
        MeetingHistory.PromoteStarted(ledger, zone, now);
        LedgerRetention.Apply(ledger, LocalDay.Of(now, zone));
    }

    /// <summary>Drops the meetings of the window that a full read of the calendar no longer returned.</summary>
    public void ForgetMeetingsNotSeen(DateTimeOffset from, DateTimeOffset until)
    {
        if (completed) throw new InvalidOperationException("The round's ledger has already been completed.");
        var fromDay = Day(from);
        var untilDay = Day(until);
        foreach (var row in ledger.Rows)
        {
            var gone = row.Entries.Values.Where(entry => entry.Kind == EntryKind.Meeting && entry.Day >= fromDay && entry.Day <= untilDay && !calendarItemsSeen.Contains(entry.Item))
                .Select(entry => entry.Item)
                .Concat(row.Upcoming.Keys.Where(item => !calendarItemsSeen.Contains(item)))
                .ToList();
            foreach (var item in gone) row.Remove(item);
        }
    }

    private MeetingIndex Meetings => meetings ??= new MeetingIndex(ledger);

    private IEnumerable<MailboxItem> Open(IEnumerable<MailboxItem> items) =>
        completed ? throw new InvalidOperationException("The round's ledger has already been completed.") : items;

    // Deleting or filing a mail does not undo the conversation it was part of: a mail moved to
    // another folder keeps its (immutable) id there and stays one entry.
    private void ApplyMail(IEnumerable<MailboxItem> items, Action<MailHeader> apply)
    {
        foreach (var item in Open(items))
        {
            switch (item)
            {
                case MailHeader mail: apply(mail); break;
                case RemovedItem: break;
                default: throw Misplaced(item, "mail");
            }
        }
    }

    private static InvalidOperationException Misplaced(MailboxItem item, string stream) => new($"A {item.GetType().Name} cannot come from the {stream} stream.");

    /// <summary>
    /// Sent Items mail whose sender is not one of the user's known addresses was sent either from
    /// an alias of the user (then its recipients were written to by the user) or by a delegate
    /// working in the user's mailbox (then it says nothing about the user's own relationships).
    /// </summary>
    private void SettleSentByOthers()
    {
        foreach (var mails in sentByOthers.GroupBy(mail => Addresses.Normalize(mail.Sender.Address) ?? Addresses.Normalize(mail.From.Address)))
        {
            if (mails.Key is not { } sender || ledger.Find(sender) is not { } row) continue;
            var isAlias = own.Contains(sender) || new LedgerJudge(own, ownerName).KindOf(row) == CorrespondentKind.Own;
            if (isAlias) own.Learn(sender);
            foreach (var mail in mails) ApplyRecipients(mail, isAlias ? EntryKind.MailFromUser : EntryKind.SentByDelegate);
        }
        sentByOthers.Clear();
    }

    private void ApplyReceived(MailHeader mail)
    {
        var day = Day(mail.ReceivedAt);
        var from = Addresses.Normalize(mail.From.Address);
        var sender = Addresses.Normalize(mail.Sender.Address) ?? from;
        var item = ItemHash.Of(mail.ItemId);
        var signals = (mail.HasBulkHeaders ? EntrySignals.BulkHeaders : 0) | (mail.IsOther ? EntrySignals.FiledAsOther : 0);
        var recipients = Participants(mail.To.Concat(mail.Cc));
        if (from is not null && !own.Contains(from))
        {
            var audience = recipients.Count(address => address != from && !own.Contains(address)) + 1;
            Put(from, mail.From.Name, new LedgerEntry(item, day, EntryKind.MailToUser, Cap(audience), signals));
        }
        if (sender is not null && sender != from && !own.Contains(sender))
        {
            Put(sender, mail.Sender.Name, new LedgerEntry(item, day, EntryKind.SentOnBehalfOfOthers, 1, signals));
        }
        if (!recipients.Any(own.Contains))
        {
            foreach (var (address, name) in Named(mail.To.Concat(mail.Cc)))
            {
                Put(address, name, new LedgerEntry(item, day, EntryKind.ReachedUserAsRecipient, Cap(recipients.Count), signals));
            }
        }
        else if (from is not null && !own.Contains(from) && !mail.HasBulkHeaders)
        {
            // Who was copied on whose mail is how the review knows who brought someone into the user's network.
            foreach (var (address, name) in Named(mail.To.Concat(mail.Cc)).Where(person => person.Address != from && !own.Contains(person.Address)))
            {
                Put(address, name, new LedgerEntry(item, day, EntryKind.CopiedAlongside, Cap(recipients.Count), signals));
            }
        }
    }

    private void ApplySent(MailHeader mail)
    {
        var sender = Addresses.Normalize(mail.Sender.Address) ?? Addresses.Normalize(mail.From.Address);
        if (sender is not null && own.Contains(sender))
        {
            ApplyRecipients(mail, EntryKind.MailFromUser);
            return;
        }
        var item = ItemHash.Of(mail.ItemId);
        var day = Day(mail.ReceivedAt);
        foreach (var (address, name) in Named([mail.Sender, mail.From]).Where(person => !own.Contains(person.Address)))
        {
            Put(address, name, new LedgerEntry(item, day, EntryKind.SentFromUserMailbox, 1, EntrySignals.None));
        }
        sentByOthers.Add(mail);
    }

    private void ApplyRecipients(MailHeader mail, EntryKind kind)
    {
        var item = ItemHash.Of(mail.ItemId);
        var day = Day(mail.ReceivedAt);
        var recipients = Named(mail.To.Concat(mail.Cc)).Where(person => !own.Contains(person.Address)).ToList();
        foreach (var (address, name) in recipients)
        {
            Put(address, name, new LedgerEntry(item, day, kind, Cap(recipients.Count), EntrySignals.None));
        }
    }

    private void ApplyMeeting(CalendarItem meeting)
    {
        var item = ItemHash.Of(meeting.ItemId);
        calendarItemsSeen.Add(item);
        Meetings.Forget(item);
        if (meeting.IsCancelled || meeting.DeclinedByUser) return;
        var people = Named(meeting.Attendees.Prepend(meeting.Organizer).OfType<MailAddress>()).Where(person => !own.Contains(person.Address)).ToList();
        if (people.Count == 0) return;
        var audience = Cap(people.Count);
        var start = meeting.StartFor(zone);
        foreach (var (address, name) in people)
        {
            var row = ledger.Resolve(address, name);
            if (start <= now)
            {
                var organised = meeting.Organizer is { } organizer && Addresses.Normalize(organizer.Address) == address ? EntrySignals.Organizer : EntrySignals.None;
                Put(address, name, new LedgerEntry(item, Day(start), EntryKind.Meeting, audience, organised));
                MeetingHistory.NoteHeld(row, new Meeting(start, meeting.Subject, audience));
            }
            else
            {
                row.Upcoming[item] = new UpcomingMeeting(item, start, meeting.Subject, audience);
            }
            Meetings.Note(item, row);
        }
    }

    private void Put(string address, string? name, LedgerEntry entry)
    {
        var row = ledger.Resolve(address, name);
        row.SeeAddress(address, entry.Day);
        row.Put(entry);
    }

    private HashSet<string> Participants(IEnumerable<MailAddress> people) =>
        [.. people.Select(person => Addresses.Normalize(person.Address)).OfType<string>()];

    private static IEnumerable<(string Address, string? Name)> Named(IEnumerable<MailAddress> people) =>
        people.Select(person => (Address: Addresses.Normalize(person.Address), person.Name))
            .Where(person => person.Address is not null)
            .DistinctBy(person => person.Address)
            .Select(person => (person.Address!, person.Name));

    private DateOnly Day(DateTimeOffset at) => LocalDay.Of(at, zone);

    private static byte Cap(int audience) => (byte)Math.Clamp(audience, 1, byte.MaxValue);
}
