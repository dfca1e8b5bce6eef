using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Ledger;

/// <summary>
/// Turns delta pages into ledger entries. Every entry is keyed by its item, so applying a page
/// twice, or a whole stream again after a resync, leaves the ledger as it was.
/// </summary>
public sealed class LedgerUpdater(RelationshipLedger ledger, OwnAddresses own, TimeZoneInfo zone, DateTimeOffset now)
{
    private readonly List<MailHeader> sentByOthers = [];
    private readonly List<MailHeader> received = [];
    private readonly HashSet<uint> calendarItemsSeen = [];
    private MeetingIndex? meetings;

    public int ItemsApplied { get; private set; }

    public int Unreadable { get; private set; }

    /// <summary>Sent Items mail whose sender is not a known address of the user, waiting to learn whether it is an alias or a delegate.</summary>
    public IReadOnlyList<MailHeader> SentByOthers => sentByOthers;

    public void Apply(StreamPage page)
    {
        Unreadable += page.Unreadable;
        foreach (var item in page.Items)
        {
            ItemsApplied++;
            switch (page.Stream.Kind, item)
            {
                case (StreamKind.Contacts, ContactItem contact): ContactCards.Apply(ledger, contact.Card, now); break;
                case (StreamKind.Contacts, RemovedItem removed): ContactCards.Remove(ledger, removed.ItemId); break;
                case (StreamKind.Calendar, CalendarItem meeting): ApplyMeeting(meeting); break;
                case (StreamKind.Calendar, RemovedItem removed): Meetings.Forget(ItemHash.Of(removed.ItemId)); break;
                case (StreamKind.ReceivedMail, MailHeader mail): received.Add(mail); break;
                case (StreamKind.SentMail, MailHeader mail): ApplySent(mail); break;
                // Deleting or filing a mail does not undo the conversation it was part of: a mail
                // moved to another folder keeps its (immutable) id there and stays one entry.
                case (StreamKind.ReceivedMail or StreamKind.SentMail, RemovedItem): break;
                default: throw new InvalidOperationException($"A {item.GetType().Name} cannot come from the {page.Stream} stream.");
            }
        }
    }

    /// <summary>Sent Items mail from an address now known to be the user's: its recipients were written to by the user.</summary>
    public void ApplySentAs(MailHeader mail) => ApplyRecipients(mail, EntryKind.MailFromUser);

    /// <summary>Sent Items mail a delegate sent: its recipients were written to by the user's office, not by the user.</summary>
    public void ApplySentByDelegate(MailHeader mail) => ApplyRecipients(mail, EntryKind.SentByDelegate);

    /// <summary>
    /// Inbox mail is applied once the round's aliases are known, so that how many people a mail
    /// went to does not depend on the order in which the streams were read.
    /// </summary>
    public void ApplyReceived()
    {
        foreach (var mail in received) ApplyReceived(mail);
        received.Clear();
    }

    /// <summary>Drops the meetings of the window that a full read of the calendar no longer returned.</summary>
    public void ForgetMeetingsNotSeen(DateTimeOffset from, DateTimeOffset until)
    {
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
                row.IsChanged = true;
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
