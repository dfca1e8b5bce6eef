using NudgeService.Domain.Correspondents;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Domain.Tests.Correspondents;

/// <summary>
/// Counts a mailbox seed into <see cref="AddressEvidence"/> per address, as the sync will from
/// Inbox, Sent Items and the calendar, knowing only the addresses the owner's profile lists.
/// </summary>
internal static class SeedEvidence
{
    public static IReadOnlyList<AddressEvidence> Collect(MailboxSeed seed, OwnerIdentity owner)
    {
        var tallies = new Dictionary<string, EvidenceTally>(StringComparer.OrdinalIgnoreCase);
        EvidenceTally Tally(MailPerson person) =>
            tallies.TryGetValue(person.Address, out var tally) ? tally : tallies[person.Address] = new EvidenceTally(person.Address, person.Name);

        foreach (var message in seed.Messages.Where(message => message.ReceivedAt <= seed.Now))
        {
            var day = DateOnly.FromDateTime(message.ReceivedAt.UtcDateTime);
            var recipients = message.To.Concat(message.Cc).DistinctBy(person => person.Address.ToLowerInvariant()).ToList();
            if (message.Folder is MailFolder.Inbox or MailFolder.Archive || !message.Folder.IsWellKnown())
            {
                Tally(message.From).Receive(day, BulkHeaders.IsBulk(message.Headers), message.InferenceClassification == "other");
                if (!SameAddress(message.Sender, message.From)) Tally(message.Sender).SendOnBehalf(day);
                if (!recipients.Any(person => owner.Owns(person.Address)))
                {
                    foreach (var recipient in recipients) Tally(recipient).Relay(day);
                }
            }
            else if (message.Folder == MailFolder.SentItems)
            {
                var byUser = owner.Owns(message.From.Address) && owner.Owns(message.Sender.Address);
                foreach (var writer in new[] { message.From, message.Sender }.Where(person => !owner.Owns(person.Address)).DistinctBy(person => person.Address.ToLowerInvariant()))
                {
                    Tally(writer).WorkInUserMailbox(day);
                }
                foreach (var recipient in recipients) Tally(recipient).WrittenTo(day, byUser);
            }
        }

        foreach (var meeting in seed.Events.Where(meeting => meeting.Start <= seed.Now && !meeting.IsCancelled && meeting.OwnerResponse != "declined"))
        {
            var day = DateOnly.FromDateTime(meeting.Start.UtcDateTime);
            var people = meeting.Attendees.Select(attendee => attendee.Person).Prepend(meeting.Organizer).DistinctBy(person => person.Address.ToLowerInvariant());
            foreach (var person in people) Tally(person).Meet(day);
        }

        var onCards = seed.Contacts
            .Where(contact => contact.DeletedAt is null || contact.DeletedAt > seed.Now)
            .SelectMany(contact => contact.CardAt(seed.Now).EmailAddresses)
            .Select(person => person.Address)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. tallies.Values.Select(tally => tally.ToEvidence(onCards.Contains(tally.Address)))];
    }

    private static bool SameAddress(MailPerson left, MailPerson right) => string.Equals(left.Address, right.Address, StringComparison.OrdinalIgnoreCase);
}
