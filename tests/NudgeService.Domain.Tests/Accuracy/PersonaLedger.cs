using System.Globalization;
using NudgeService.Domain.Ledger;
using NudgeService.Sandbox.Mailboxes;
using LedgerCard = NudgeService.Domain.Ledger.ContactCard;

namespace NudgeService.Domain.Tests.Accuracy;

/// <summary>
/// The ledger a first sync at the persona's <c>Now</c> would hold, built by the ledger's own rules
/// from the mailbox as the sync reads it: the contacts, the whole calendar, Sent Items, and the
/// mail of every folder that holds conversations. Contact cards are read again at
/// <paramref name="cardsAt"/>, as next week's sync would notice their changes. Only the
/// persona's ground-truth ties are returned, each under the address the truth knows it by.
/// </summary>
internal static class PersonaLedger
{
    public static List<Correspondent> Build(MailboxSeed seed, DateTimeOffset cardsAt)
    {
        var truth = seed.GroundTruth!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(seed.Owner.TimeZone);
        var ledger = new RelationshipLedger([]);
        var sync = new LedgerUpdater(ledger, new OwnAddresses([seed.Owner.Address]), seed.Owner.DisplayName, zone, seed.Now);
        var mail = seed.Messages.Where(message => message.ReceivedAt <= seed.Now && !message.IsDraft).ToList();
        sync.ApplyContacts([.. seed.Contacts.Select(contact => Card(contact, seed.Now))]);
        sync.ApplyCalendar([.. seed.Events.Select(Meeting)]);
        sync.ApplySentMail([.. mail.Where(message => message.Folder == MailFolder.SentItems).Select(Header)]);
        sync.ApplyReceivedMail([.. mail.Where(message => message.Folder is MailFolder.Inbox or MailFolder.Archive || !message.Folder.IsWellKnown()).Select(Header)]);
        sync.Complete();
        if (cardsAt > seed.Now)
        {
            // Only the cards of the coming week are played: its mail and meetings would move the ties past the day the accuracy is judged on.
            new LedgerUpdater(ledger, new OwnAddresses([seed.Owner.Address]), seed.Owner.DisplayName, zone, cardsAt)
                .ApplyContacts([.. seed.Contacts.Select(contact => Card(contact, cardsAt))]);
        }

        return [.. truth.Ties
            .Select(tie => (tie, Row: tie.OtherAddresses.Prepend(tie.Address).Select(Addresses.Normalize).OfType<string>().Select(ledger.Find).FirstOrDefault(row => row is not null)))
            .Where(pair => pair.Row is not null)
            .Select(pair => pair.Row!.ToCorrespondent(seed.Now) with { Key = pair.tie.Address })];
    }

    private static MailHeader Header(MailMessage message) => new(
        "m" + message.ImmutableNumber.ToString(CultureInfo.InvariantCulture),
        Address(message.From),
        Address(message.Sender),
        [.. message.To.Select(Address)],
        [.. message.Cc.Select(Address)],
        message.ReceivedAt,
        IsOther: message.InferenceClassification == "other",
        HasBulkHeaders: false);

    private static CalendarItem Meeting(CalendarEvent meeting) => new(
        "e" + meeting.Number.ToString(CultureInfo.InvariantCulture),
        meeting.Subject,
        meeting.Start,
        Address(meeting.Organizer),
        [.. meeting.Attendees.Select(attendee => Address(attendee.Person))],
        meeting.IsCancelled,
        DeclinedByUser: meeting.OwnerResponse == "declined",
        meeting.IsAllDay ? DateOnly.FromDateTime(meeting.Start.DateTime) : null);

    private static MailAddress Address(MailPerson person) => new(person.Address, person.Name);

    private static MailboxItem Card(Contact contact, DateTimeOffset at)
    {
        var card = contact.CardAt(at);
        return new ContactItem(new LedgerCard(contact.Number.ToString(CultureInfo.InvariantCulture), card.GivenName, card.Surname, card.DisplayName,
            [.. card.EmailAddresses.Select(person => person.Address)], card.Birthday, card.JobTitle, card.CompanyName, card.PersonalNotes, card.SpouseName));
    }
}
