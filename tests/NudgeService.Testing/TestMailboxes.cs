using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Testing;

/// <summary>
/// Small hand-made mailboxes whose every item a test can name, for checking Graph semantics
/// exactly (personas are for realism and scale).
/// </summary>
public static class TestMailboxes
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static MailboxSeed Create(string name, int messagesPerFolder = 30, int contactCount = 12, int eventCount = 8)
    {
        var owner = new MailboxOwner(
            ObjectId: Guid.NewGuid().ToString(),
            TenantId: "3c5e8f2a-7b41-4d6e-9a0c-5f1e2d3b4a69",
            DisplayName: $"{name} Owner",
            GivenName: name,
            Surname: "Owner",
            Address: $"{name.ToLowerInvariant()}@contoso.example",
            Aliases: [$"{name.ToLowerInvariant()}.alias@contoso.example"],
            TimeZone: "Romance Standard Time",
            Locale: "fr-FR");
        var people = Enumerable.Range(1, contactCount)
            .Select(index => new MailPerson($"Person {index}", $"person{index}@fabrikam.example"))
            .ToList();
        var contacts = people.Select((person, index) => new Contact
        {
            Number = index + 1,
            CreatedAt = Now.AddDays(-400),
            Revisions = [new ContactRevision(Now.AddDays(-400), new ContactCard(
                person.Name.Split(' ')[0], person.Name.Split(' ')[1], [person],
                Birthday: index % 3 == 0 ? new DateTimeOffset(1985, 1 + index % 12, 1 + index, 0, 0, 0, TimeSpan.Zero) : null,
                JobTitle: "Engineer", CompanyName: "Fabrikam"))],
        }).ToList();

        var messages = new List<MailMessage>();
        for (var index = 0; index < messagesPerFolder * 2; index++)
        {
            var inbox = index % 2 == 0;
            var person = people[index % people.Count];
            var at = Now.AddHours(-(messagesPerFolder * 2 - index) * 5);
            messages.Add(new MailMessage
            {
                Number = index + 1,
                Folder = inbox ? MailFolder.Inbox : MailFolder.SentItems,
                ReceivedAt = at,
                SentAt = at.AddSeconds(-3),
                From = inbox ? person : owner.AsPerson,
                Sender = inbox ? person : owner.AsPerson,
                To = [inbox ? owner.AsPerson : person],
                Subject = $"Message {index + 1}",
                ConversationNumber = index / 2 + 1,
            });
        }

        var events = Enumerable.Range(1, eventCount).Select(index => new CalendarEvent
        {
            Number = index,
            Subject = $"Meeting {index}",
            Start = Now.AddDays(index * 3 - eventCount * 2),
            End = Now.AddDays(index * 3 - eventCount * 2).AddMinutes(30),
            TimeZone = "Romance Standard Time",
            Organizer = owner.AsPerson,
            Attendees = [new EventAttendee(people[index % people.Count])],
            IsCancelled = index == 2,
        }).ToList();

        return new MailboxSeed($"test mailbox {name}", owner, Now, contacts, messages, events);
    }
}
