using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Sandbox.Tests.Personas;

public sealed class PersonaGroundTruthTests
{
    [Theory]
    [MemberData(nameof(GeneratedPersonas.SmallVariants), MemberType = typeof(GeneratedPersonas))]
    public void Every_tie_address_appears_in_the_mailbox(int seed, DateTimeOffset now)
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, seed, now);
        var seen = persona.Messages.SelectMany(message => message.To.Concat(message.Cc).Append(message.From).Append(message.Sender))
            .Concat(persona.Events.SelectMany(meeting => meeting.Attendees.Select(attendee => attendee.Person).Append(meeting.Organizer)))
            .Select(person => person.Address)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(persona.GroundTruth!.Ties, tie => Assert.Contains(tie.Address, seen));
    }

    [Theory]
    [InlineData(PersonaSize.Small, 0)]
    [InlineData(PersonaSize.Small, 1)]
    [InlineData(PersonaSize.Small, 3)]
    [InlineData(PersonaSize.Medium, 1)]
    [InlineData(PersonaSize.Large, 1)]
    public void Interaction_counts_match_a_recount_of_the_mailbox(PersonaSize size, int seed)
    {
        var persona = GeneratedPersonas.Get(size, seed, GeneratedPersonas.WinterNow);
        var recount = new InteractionRecount(persona);
        var now = persona.Now;

        Assert.All(persona.GroundTruth!.Ties, tie =>
        {
            Assert.Equal(recount.Count(tie.Address, DateTimeOffset.MinValue, now, untilIncluded: true), tie.Interactions);
            Assert.Equal(recount.Count(tie.Address, now.AddDays(-365), now, untilIncluded: false), tie.InteractionsLast365Days);
        });
        Assert.Contains(persona.GroundTruth.Ties, tie => tie.Interactions.MailsSent > 0 && tie.Interactions.MailsReceived > 0 && tie.Interactions.Meetings > 0);
    }

    [Theory]
    [InlineData(PersonaSize.Small)]
    [InlineData(PersonaSize.Medium)]
    public void Automated_senders_assistants_lists_and_the_owner_are_never_ties(PersonaSize size)
    {
        var truth = GeneratedPersonas.Get(size, 1, GeneratedPersonas.WinterNow).GroundTruth!;
        var tieAddresses = truth.Ties.SelectMany(tie => tie.OtherAddresses.Append(tie.Address)).ToList();

        Assert.Equal(tieAddresses.Count, tieAddresses.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var notATie in truth.AutomatedSenders.Concat(truth.Assistants).Concat(truth.DistributionLists).Concat(truth.OwnerAddresses))
        {
            Assert.DoesNotContain(notATie, tieAddresses, StringComparer.OrdinalIgnoreCase);
        }
        Assert.All(tieAddresses, address => Assert.Equal(address.ToLowerInvariant(), address));
        Assert.NotEmpty(truth.AutomatedSenders);
        Assert.NotEmpty(truth.Assistants);
        Assert.NotEmpty(truth.DistributionLists);
        Assert.InRange(truth.OwnerAddresses.Count, 2, 3);
    }

    [Theory]
    [MemberData(nameof(GeneratedPersonas.SmallVariants), MemberType = typeof(GeneratedPersonas))]
    public void Life_events_fall_in_the_coming_week_of_the_owner_time_zone(int seed, DateTimeOffset now)
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, seed, now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(persona.Owner.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var events = persona.GroundTruth!.LifeEventsComingWeek;

        Assert.All(events, lifeEvent => Assert.InRange(lifeEvent.Date, today, today.AddDays(6)));
        Assert.Equal(["birthday", "jobLoss", "newDomain", "newRole", "seeingSoon"], events.Select(lifeEvent => lifeEvent.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Single(events, lifeEvent => lifeEvent.Kind == "jobLoss");
        Assert.Single(events, lifeEvent => lifeEvent.Kind == "newDomain");
        Assert.Single(events, lifeEvent => lifeEvent.Kind == "seeingSoon");
        Assert.All(events, lifeEvent => Assert.False(string.IsNullOrWhiteSpace(lifeEvent.Detail)));
    }

    [Theory]
    [InlineData(PersonaSize.Small, 0)]
    [InlineData(PersonaSize.Small, 1)]
    [InlineData(PersonaSize.Medium, 2)]
    [InlineData(PersonaSize.Large, 1)]
    public void The_one_job_loss_leaves_a_card_without_company_and_new_roles_change_the_card(PersonaSize size, int seed)
    {
        var persona = GeneratedPersonas.Get(size, seed, GeneratedPersonas.WinterNow);
        var now = persona.Now;
        var events = persona.GroundTruth!.LifeEventsComingWeek;

        var jobLoss = Assert.Single(events, lifeEvent => lifeEvent.Kind == "jobLoss");
        var lostCard = ContactOf(persona, jobLoss.Address);
        Assert.False(string.IsNullOrEmpty(lostCard.CardAt(now).CompanyName));
        Assert.True(string.IsNullOrEmpty(lostCard.CardAt(now.AddDays(7)).CompanyName));
        Assert.Null(lostCard.CardAt(now.AddDays(7)).JobTitle);
        Assert.InRange(lostCard.Revisions[^1].EffectiveAt, now.AddTicks(1), now.AddDays(7));

        var newRoles = events.Where(lifeEvent => lifeEvent.Kind == "newRole").ToList();
        Assert.NotEmpty(newRoles);
        Assert.All(newRoles, newRole =>
        {
            var contact = ContactOf(persona, newRole.Address);
            var before = contact.CardAt(now);
            var after = contact.CardAt(now.AddDays(7));
            Assert.True(before.JobTitle != after.JobTitle || before.CompanyName != after.CompanyName);
            Assert.False(string.IsNullOrEmpty(after.CompanyName));
            Assert.InRange(contact.Revisions[^1].EffectiveAt, now.AddTicks(1), now.AddDays(7));
        });
    }

    [Theory]
    [MemberData(nameof(GeneratedPersonas.SmallVariants), MemberType = typeof(GeneratedPersonas))]
    public void Birthday_events_match_the_stored_birthdays_and_none_is_missing(int seed, DateTimeOffset now)
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, seed, now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(persona.Owner.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var week = Enumerable.Range(0, 7).Select(today.AddDays).ToList();
        var listed = persona.GroundTruth!.LifeEventsComingWeek.Where(lifeEvent => lifeEvent.Kind == "birthday").ToList();
        Assert.NotEmpty(listed);

        foreach (var contact in persona.Contacts)
        {
            var card = contact.CardAt(now);
            if (card.Birthday is not { } stored) continue;
            var (month, day) = IntendedDay(stored);
            var celebrated = week.Where(date => date.Month == month && date.Day == day
                || month == 2 && day == 29 && !DateTime.IsLeapYear(date.Year) && date.Month == 2 && date.Day == 28).ToList();
            var address = card.EmailAddresses[0].Address;
            Assert.Equal(celebrated, listed.Where(lifeEvent => lifeEvent.Address == address).Select(lifeEvent => lifeEvent.Date));
        }
    }

    [Theory]
    [InlineData(PersonaSize.Small, 0)]
    [InlineData(PersonaSize.Small, 1)]
    [InlineData(PersonaSize.Medium, 1)]
    public void Birthdays_include_unknown_years_leap_days_and_midnights_stored_the_day_before(PersonaSize size, int seed)
    {
        var persona = GeneratedPersonas.Get(size, seed, GeneratedPersonas.SummerNow);
        var birthdays = persona.Contacts.Select(contact => contact.CardAt(persona.Now).Birthday).OfType<DateTimeOffset>().ToList();

        Assert.InRange(birthdays.Count / (double)persona.Contacts.Count, 0.45, 0.75);
        Assert.Contains(birthdays, birthday => birthday.Year == 1604);
        Assert.Contains(birthdays, birthday => birthday.Year == 1);
        Assert.Contains(birthdays, birthday => birthday.Year > 1900);
        Assert.Contains(birthdays, birthday => birthday is { Month: 2, Day: 29 });
        Assert.Contains(birthdays, birthday => birthday.Hour is 22 or 23);
        Assert.All(birthdays, birthday => Assert.Equal(TimeSpan.Zero, birthday.Offset));
    }

    [Theory]
    [InlineData(PersonaSize.Small, 0)]
    [InlineData(PersonaSize.Small, 3)]
    [InlineData(PersonaSize.Medium, 1)]
    [InlineData(PersonaSize.Large, 1)]
    public void Going_cold_ties_fall_silent_while_the_others_keep_their_rhythm(PersonaSize size, int seed)
    {
        var persona = GeneratedPersonas.Get(size, seed, GeneratedPersonas.WinterNow);
        var now = persona.Now;
        var recount = new InteractionRecount(persona);
        var inner = persona.GroundTruth!.Ties.Where(tie => tie.Layer <= 4).ToList();
        var cold = inner.Where(tie => tie.GoingCold).ToList();

        Assert.InRange(cold.Count / (double)inner.Count, 0.05, 0.15);
        Assert.All(cold, tie =>
        {
            var silentSince = tie.SilentSince!.Value;
            var times = recount.Interactions[tie.Address].Select(item => item.At).ToList();
            Assert.All(times, at => Assert.True(at < silentSince, $"{tie.Address} interacts at {at:o}, after falling silent on {silentSince:o}"));
            Assert.True(times.Count >= 3, $"{tie.Address} has too little history to go cold");
            Assert.True((now - silentSince).TotalDays > Math.Max(3 * tie.CadenceDays, 21));
        });
        Assert.All(inner.Where(tie => !tie.GoingCold), tie =>
        {
            Assert.Null(tie.SilentSince);
            var last = recount.Interactions[tie.Address].Select(item => item.At).Where(at => at <= now).Max();
            Assert.True((now - last).TotalDays <= 3 * tie.CadenceDays + 3, $"{tie.Address} (every {tie.CadenceDays} days) last interacted on {last:o}");
        });
        Assert.Contains(inner, tie => !tie.GoingCold && tie.CadenceDays >= 90
            && (now - recount.Interactions[tie.Address].Select(item => item.At).Where(at => at <= now).Max()).TotalDays >= tie.CadenceDays);
    }

    [Theory]
    [MemberData(nameof(GeneratedPersonas.SmallVariants), MemberType = typeof(GeneratedPersonas))]
    public void The_new_domain_and_the_reunion_show_in_mail_and_calendar(int seed, DateTimeOffset now)
    {
        var persona = GeneratedPersonas.Get(PersonaSize.Small, seed, now);
        var truth = persona.GroundTruth!;

        var moved = truth.Ties.Single(tie => tie.Address == truth.LifeEventsComingWeek.Single(lifeEvent => lifeEvent.Kind == "newDomain").Address);
        var newAddress = moved.OtherAddresses[^1];
        Assert.NotEqual(moved.Address.Split('@')[1], newAddress.Split('@')[1]);
        var fromNewAddress = persona.Messages.Where(message => message.Folder == MailFolder.Inbox && message.From.Address == newAddress).ToList();
        Assert.Contains(fromNewAddress, message => message.ReceivedAt < now && message.ReceivedAt > now.AddDays(-35));
        Assert.Contains(fromNewAddress, message => message.ReceivedAt > now && message.ReceivedAt < now.AddDays(7));
        Assert.DoesNotContain(persona.Messages, message => message.Folder == MailFolder.Inbox && message.From.Address == moved.Address && message.ReceivedAt > now.AddDays(-10));
        Assert.DoesNotContain(newAddress, ContactOf(persona, moved.Address).CardAt(now).EmailAddresses.Select(person => person.Address));

        var reunion = truth.LifeEventsComingWeek.Single(lifeEvent => lifeEvent.Kind == "seeingSoon");
        Assert.Contains(persona.Events, meeting => meeting.Start >= now && meeting.Start < now.AddDays(7)
            && meeting.Attendees.Select(attendee => attendee.Person).Append(meeting.Organizer).Any(person => person.Address == reunion.Address));
        var lastBefore = new InteractionRecount(persona).Interactions[reunion.Address].Select(item => item.At).Where(at => at < now).Max();
        Assert.True((now - lastBefore).TotalDays > 90);
    }

    [Fact]
    public void Ground_truth_survives_its_json_file()
    {
        var truth = GeneratedPersonas.Get(PersonaSize.Small, 1, GeneratedPersonas.WinterNow).GroundTruth!;
        var path = Path.Combine(Path.GetTempPath(), $"ground-truth-{Guid.NewGuid():N}.json");
        try
        {
            GroundTruthFile.Write(truth, path);
            var read = GroundTruthFile.Read(path);

            Assert.Contains("\"lifeEventsComingWeek\"", File.ReadAllText(path));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(truth), System.Text.Json.JsonSerializer.Serialize(read));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The birthday a stored instant means: midnight in some zone, so the nearest UTC midnight.</summary>
    private static (int Month, int Day) IntendedDay(DateTimeOffset stored)
    {
        var day = stored.Hour >= 12 ? stored.UtcDateTime.Date.AddDays(1) : stored.UtcDateTime.Date;
        return (day.Month, day.Day);
    }

    private static Contact ContactOf(MailboxSeed persona, string address) =>
        persona.Contacts.Single(contact => contact.Revisions[0].Card.EmailAddresses.Any(person => person.Address == address));
}
