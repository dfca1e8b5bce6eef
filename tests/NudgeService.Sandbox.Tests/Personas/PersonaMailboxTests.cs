using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Sandbox.Tests.Personas;

public sealed class PersonaMailboxTests
{
    [Theory]
    [MemberData(nameof(GeneratedPersonas.SmallVariants), MemberType = typeof(GeneratedPersonas))]
    public void Messages_are_addressed_like_a_real_mailbox(int seed, DateTimeOffset now)
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, seed, now);
        var truth = persona.GroundTruth!;
        var ownerAddresses = truth.OwnerAddresses.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lists = truth.DistributionLists.ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(persona.Messages, message =>
        {
            Assert.True(message.ReceivedAt >= message.SentAt);
            Assert.True(message.ReceivedAt - message.SentAt < TimeSpan.FromMinutes(15));
            Assert.Equal(TimeSpan.Zero, message.SentAt.Offset);
            if (message.Folder == MailFolder.SentItems) Assert.Contains(message.From.Address, ownerAddresses);
            else Assert.Contains(message.To, person => ownerAddresses.Contains(person.Address) || lists.Contains(person.Address));
        });
        Assert.Contains(persona.Messages, message => message.Folder == MailFolder.DeletedItems);
        Assert.Contains(persona.Messages, message => message.Folder == MailFolder.Inbox && message.To.Any(person => truth.OwnerAddresses.Skip(1).Contains(person.Address)));
        Assert.Contains(persona.Messages, message => message.Folder == MailFolder.SentItems && message.From.Address != persona.Owner.Address);
        Assert.Contains(persona.Messages, message => message.To.Any(person => lists.Contains(person.Address)));
        Assert.Contains(persona.Messages, message => message.To.Count + message.Cc.Count >= 10);
    }

    [Theory]
    [MemberData(nameof(GeneratedPersonas.SmallVariants), MemberType = typeof(GeneratedPersonas))]
    public void Assistants_write_to_the_owner_and_send_on_the_owner_behalf(int seed, DateTimeOffset now)
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, seed, now);
        var assistants = persona.GroundTruth!.Assistants;

        Assert.Contains(persona.Messages, message => message.Folder == MailFolder.Inbox && assistants.Contains(message.From.Address));
        Assert.Contains(persona.Messages, message => message.Folder == MailFolder.SentItems
            && message.From.Address == persona.Owner.Address && assistants.Contains(message.Sender.Address));
    }

    [Fact]
    public void Automated_mail_carries_bulk_headers_or_only_its_address_and_volume()
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Medium, 1, GeneratedPersonas.WinterNow);
        var automated = persona.GroundTruth!.AutomatedSenders.ToHashSet();
        var fromMachines = persona.Messages.Where(message => automated.Contains(message.From.Address)).ToList();

        Assert.Contains(fromMachines, message => message.InferenceClassification == "other"
            && message.Headers.Any(header => header.Key == "List-Unsubscribe")
            && message.Headers.Any(header => header is { Key: "Precedence", Value: "bulk" }));
        Assert.Contains(fromMachines, message => message.Headers.Count == 0);
        Assert.Contains(fromMachines, message => message.From.Address.StartsWith("mailer-daemon@", StringComparison.Ordinal));
        Assert.All(persona.Messages.Where(message => !automated.Contains(message.From.Address)), message => Assert.Empty(message.Headers));
        Assert.InRange(persona.Contacts.Count(contact => contact.Revisions[0].Card.EmailAddresses.Any(person => automated.Contains(person.Address))), 0, 1);
    }

    [Theory]
    [InlineData(PersonaSize.Small, 6)]
    [InlineData(PersonaSize.Medium, 18)]
    [InlineData(PersonaSize.Large, 52)]
    public void Mail_is_filed_into_the_archive_rule_folders_and_nested_folders(PersonaSize size, int ownFolders)
    {
        var persona = GeneratedPersonas.Get(size, 1, GeneratedPersonas.WinterNow);
        var folders = persona.Folders!;
        var truth = persona.GroundTruth!;
        var received = persona.Messages.Where(message => message.Folder != MailFolder.SentItems && message.ReceivedAt <= persona.Now && truth.Ties.Any(tie => tie.Address == message.From.Address)).ToList();
        var elsewhere = received.Count(message => message.Folder != MailFolder.Inbox);

        Assert.Equal(ownFolders, folders.Count);
        Assert.Contains(folders, folder => folder.Parent is { } parent && folders.Any(other => other.Folder == parent));
        Assert.All(persona.Messages, message => Assert.True(message.Folder.IsWellKnown() || folders.Any(folder => folder.Folder == message.Folder)));
        Assert.Contains(received, message => message.Folder == MailFolder.Archive);
        Assert.Contains(received, message => folders.Any(folder => folder.Folder == message.Folder && folder.Parent is { } parent && !parent.IsWellKnown()));
        Assert.InRange(elsewhere / (double)received.Count, 0.15, 0.7);
        var mostlyFiled = received.GroupBy(message => message.From.Address).Where(mail => mail.Count() >= 5 && mail.Count(message => !message.Folder.IsWellKnown()) >= 0.9 * mail.Count());
        Assert.NotEmpty(mostlyFiled);
    }

    [Fact]
    public void Mail_continues_three_weeks_after_now_mostly_in_working_hours()
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Medium, 1, GeneratedPersonas.WinterNow);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(persona.Owner.TimeZone);
        var now = persona.Now;

        Assert.InRange(persona.Messages.Min(message => message.ReceivedAt), now.AddDays(-732), now.AddDays(-725));
        Assert.InRange(persona.Messages.Max(message => message.ReceivedAt), now.AddDays(19), now.AddDays(23));
        var working = persona.Messages.Count(message => TimeZoneInfo.ConvertTime(message.SentAt, zone).Hour is >= 7 and < 20);
        Assert.True(working > persona.Messages.Count * 0.7, $"{working} of {persona.Messages.Count} in working hours");
        Assert.Contains(persona.Messages, message => message.Subject.StartsWith("RE: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Replies_share_a_conversation_with_their_subject()
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, 2, GeneratedPersonas.WinterNow);

        var threads = persona.Messages.GroupBy(message => message.ConversationNumber).Where(thread => thread.Count() > 1).ToList();
        Assert.NotEmpty(threads);
        Assert.All(threads, thread =>
        {
            var root = thread.OrderBy(message => message.SentAt).First().Subject;
            Assert.All(thread, message => Assert.EndsWith(root.Contains(": ", StringComparison.Ordinal) ? root[(root.IndexOf(": ", StringComparison.Ordinal) + 2)..] : root, message.Subject));
        });
    }

    [Fact]
    public void French_owners_write_french_subjects_to_french_ties()
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, 0, GeneratedPersonas.WinterNow);

        Assert.Equal("fr-FR", persona.Owner.Locale);
        Assert.Contains(persona.Messages, message => message.Subject.StartsWith("TR: ", StringComparison.Ordinal) || message.Subject.Contains("é", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PersonaSize.Small)]
    [InlineData(PersonaSize.Medium)]
    public void The_calendar_holds_series_all_hands_time_zones_and_the_coming_month(PersonaSize size)
    {
        var persona = GeneratedPersonas.Get(size, 1, GeneratedPersonas.WinterNow);
        var now = persona.Now;
        var events = persona.Events;

        Assert.All(events, meeting =>
        {
            Assert.True(meeting.End > meeting.Start);
            Assert.Equal(TimeSpan.Zero, meeting.Start.Offset);
        });
        Assert.Contains(events, meeting => meeting.Attendees.Count >= 40);
        Assert.Contains(events, meeting => meeting.IsCancelled);
        Assert.Contains(events, meeting => meeting.OwnerResponse == "declined");
        Assert.Contains(events, meeting => meeting.IsAllDay);
        Assert.Contains(events, meeting => meeting.Start > now && meeting.Start < now.AddDays(30));
        Assert.InRange(events.Min(meeting => meeting.Start), now.AddDays(-731), now.AddDays(-700));
        Assert.Equal(
            ["Eastern Standard Time", "GMT Standard Time", "India Standard Time", "New Zealand Standard Time", "Pacific Standard Time", "Romance Standard Time"],
            events.Select(meeting => meeting.TimeZone).Distinct().Order(StringComparer.Ordinal));
        var weekly = events.Where(meeting => meeting.SeriesMasterNumber is not null).GroupBy(meeting => meeting.SeriesMasterNumber).ToList();
        Assert.True(weekly.Count >= 2);
        Assert.All(weekly, series => Assert.InRange(series.Count(), 100, 600));
    }
}
