using NudgeService.Domain.Ledger;
using NudgeService.Sandbox.Mailboxes;
using LedgerCard = NudgeService.Domain.Ledger.ContactCard;

namespace NudgeService.Domain.Tests.Accuracy;

/// <summary>
/// Builds the ledger a sync would hold for a persona's ground-truth ties, counting interactions
/// as the persona's tally does: mail the owner sent with the tie in To or Cc, Inbox mail from the
/// tie, and started meetings neither cancelled nor declined. Contact cards are read at
/// <paramref name="cardsAt"/> with the change since <c>Now</c>, as next week's sync would see them.
/// </summary>
internal static class PersonaLedger
{
    public static List<Correspondent> Build(MailboxSeed seed, DateTimeOffset cardsAt)
    {
        var truth = seed.GroundTruth!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(seed.Owner.TimeZone);
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var keyOf = truth.Ties.SelectMany(tie => tie.OtherAddresses.Prepend(tie.Address).Select(address => (address, tie.Address)))
            .ToDictionary(pair => pair.address, pair => pair.Item2, StringComparer.OrdinalIgnoreCase);
        var touches = truth.Ties.ToDictionary(tie => tie.Address, _ => new List<Touch>());
        var sightings = truth.Ties.ToDictionary(tie => tie.Address, _ => new Dictionary<uint, Sighting>());
        void Sight(string address, uint item, DateOnly day, SightingRole role) => sightings[keyOf[address]].TryAdd(item, new Sighting(item, day, role));
        var seen = new Dictionary<string, (DateOnly First, DateOnly Last)>(StringComparer.OrdinalIgnoreCase);
        void See(string address, DateOnly day) =>
            seen[address] = seen.TryGetValue(address, out var span) ? (span.First < day ? span.First : day, span.Last > day ? span.Last : day) : (day, day);

        foreach (var message in seed.Messages.Where(message => message.ReceivedAt <= seed.Now))
        {
            var day = Day(message.ReceivedAt);
            var others = message.To.Concat(message.Cc).Select(person => person.Address).Where(address => !seed.Owner.Owns(address)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var address in others.Append(message.From.Address).Where(keyOf.ContainsKey)) See(address, day);
            var item = (uint)message.Number;
            if (message.Folder == MailFolder.SentItems && seed.Owner.Owns(message.Sender.Address))
            {
                foreach (var key in others.Where(keyOf.ContainsKey).Select(address => keyOf[address]).Distinct()) touches[key].Add(new Touch(day, TouchKind.MailFromUser, others.Count));
                foreach (var address in others.Where(keyOf.ContainsKey)) Sight(address, item, day, SightingRole.Recipient);
            }
            else if (message.Folder is MailFolder.Inbox or MailFolder.Archive || !message.Folder.IsWellKnown())
            {
                var fromTie = keyOf.TryGetValue(message.From.Address, out var sender);
                if (fromTie)
                {
                    touches[sender!].Add(new Touch(day, TouchKind.MailToUser, 1 + others.Count(address => !address.Equals(message.From.Address, StringComparison.OrdinalIgnoreCase))));
                    Sight(message.From.Address, item, day, SightingRole.Sender);
                }
                var toUser = message.To.Concat(message.Cc).Any(person => seed.Owner.Owns(person.Address));
                if (!toUser || message.Headers.Count == 0)
                {
                    foreach (var address in others.Where(address => keyOf.ContainsKey(address) && keyOf[address] != sender)) Sight(address, item, day, SightingRole.CopiedAlongside);
                }
            }
        }
        var meetings = seed.Events.Where(meeting => !meeting.IsCancelled && meeting.OwnerResponse != "declined").ToList();
        foreach (var meeting in meetings.Where(meeting => meeting.Start <= seed.Now))
        {
            var people = Attendees(meeting).Where(keyOf.ContainsKey).ToList();
            foreach (var address in people) See(address, Day(meeting.Start));
            foreach (var key in people.Select(address => keyOf[address]).Distinct()) touches[key].Add(new Touch(Day(meeting.Start), TouchKind.Meeting, Math.Max(1, Attendees(meeting).Count(a => !seed.Owner.Owns(a)))));
            foreach (var address in people)
            {
                var role = address.Equals(meeting.Organizer.Address, StringComparison.OrdinalIgnoreCase) ? SightingRole.Organizer : SightingRole.Meeting;
                Sight(address, (uint)(int.MaxValue + meeting.Number), Day(meeting.Start), role);
            }
        }

        return [.. truth.Ties.Select(tie =>
        {
            var addresses = tie.OtherAddresses.Prepend(tie.Address).Where(seen.ContainsKey).Select(address => new AddressUse(address, seen[address].First, seen[address].Last)).ToList();
            var contact = seed.Contacts.FirstOrDefault(contact => contact.CardAt(seed.Now).EmailAddresses.Any(person => person.Address.Equals(tie.Address, StringComparison.OrdinalIgnoreCase)));
            var next = meetings.Where(meeting => meeting.Start > seed.Now && Attendees(meeting).Any(a => keyOf.GetValueOrDefault(a) == tie.Address)).MinBy(meeting => meeting.Start);
            var before = contact is null ? null : Card(contact, seed.Now);
            var after = contact is null ? null : Card(contact, cardsAt);
            return new Correspondent(tie.Address, tie.Name, addresses, [.. touches[tie.Address].OrderBy(touch => touch.Day)])
            {
                Contact = after,
                LastContactChange = before is null || after is null || before == after ? null : new ContactChange(contact!.LastModifiedAt(cardsAt), before, after),
                NextMeeting = next is null ? null : new Meeting(next.Start, next.Subject, next.Attendees.Count),
                Sightings = [.. sightings[tie.Address].Values.OrderBy(sighting => sighting.Day).ThenBy(sighting => sighting.Item)],
            };
        })];
    }

    private static IEnumerable<string> Attendees(CalendarEvent meeting) => meeting.Attendees.Select(attendee => attendee.Person.Address).Append(meeting.Organizer.Address);

    private static LedgerCard Card(Contact contact, DateTimeOffset at)
    {
        var card = contact.CardAt(at);
        return new LedgerCard(contact.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), card.GivenName, card.Surname, card.DisplayName,
            [.. card.EmailAddresses.Select(person => person.Address)], card.Birthday, card.JobTitle, card.CompanyName, card.PersonalNotes, card.SpouseName);
    }
}
