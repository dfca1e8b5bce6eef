using NudgeService.Application.Digest;
using NudgeService.Application.Digest.Wording;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;
using static NudgeService.Integration.Tests.Digest.Rendering.PlanItems;

namespace NudgeService.Integration.Tests.Digest.Rendering;

public sealed class DraftRequestsTests
{
    private static Correspondent Person(string displayName, ContactCard? card = null, Meeting? last = null, Meeting? next = null) =>
        new("claire@contoso.example", displayName, [], [new Touch(Today.AddDays(-90), TouchKind.MailToUser, 1)])
        {
            Contact = card,
            LastMeeting = last,
            NextMeeting = next,
        };

    private static ContactCard Card(string? given, string? surname) =>
        new("c1", given, surname, null, ["claire@contoso.example"], null, null, null, null, null);

    private static PlanItem EventWith(LifeEventKind kind, TieAssessment tie, LifeEventFacts? facts = null) =>
        Event(kind, Today.AddDays(2), facts ?? new LifeEventFacts()) with { Tie = tie };

    [Theory]
    [InlineData(Tier.Closest, Register.Familiar)]
    [InlineData(Tier.Close, Register.Familiar)]
    [InlineData(Tier.Regular, Register.Formal)]
    [InlineData(Tier.Weak, Register.Formal)]
    public void Close_ties_get_the_familiar_register(Tier tier, Register expected)
    {
        var request = DraftRequests.For(Reconnect(Tie(tier)), Person("Claire Martin"), "fr", "Sam", 2, Today);

        Assert.Equal(expected, request.Register);
        Assert.Equal(2, request.Variant);
    }

    [Theory]
    [InlineData("Martin, Claire", Tier.Regular, "Claire", "Hi Claire,")]
    [InlineData("MARTIN Claire", Tier.Outer, "Claire", "Dear Claire,")]
    [InlineData("claire.martin@contoso.example", Tier.Close, "Claire", "Hi Claire,")]
    [InlineData("cmartin@contoso.example", Tier.Regular, "", "Hello,")]
    [InlineData("Dr. Claire Martin (Contoso)", Tier.Weak, "Claire", "Dear Dr Martin,")]
    [InlineData("Dr. Claire Martin (Contoso)", Tier.Regular, "Claire", "Hi Claire,")]
    [InlineData("JP Morgan", Tier.Weak, "JP", "Dear JP,")]
    public void The_greeting_uses_the_first_name_and_a_title_only_for_a_distant_tie(string displayName, Tier tier, string firstName, string greeting)
    {
        var request = DraftRequests.For(Reconnect(Tie(tier)), Person(displayName), "en", "Sam", 0, Today);

        Assert.Equal(firstName, request.FirstName);
        Assert.Equal(greeting, request.Greeting);
    }

    [Fact]
    public void The_contact_card_names_win_over_the_display_name()
    {
        var request = DraftRequests.For(Reconnect(Tie(Tier.Regular)), Person("claire.m@contoso.example", Card("Claire-Anne", "Martin")), "fr", "Sam", 0, Today);

        Assert.Equal("Claire-Anne", request.FirstName);
        Assert.Equal("Bonjour Claire-Anne,", request.Greeting);
    }

    [Fact]
    public void A_reconnect_carries_the_silence_as_people_say_it_and_the_last_small_meeting_by_its_kind()
    {
        var last = new Meeting(new DateTimeOffset(2024, 12, 2, 10, 0, 0, TimeSpan.Zero), "Lunch", 2);
        var english = DraftRequests.For(Reconnect(Tie(Tier.Regular, silenceDays: 150)), Person("Claire Martin", last: last), "en", "Sam", 0, Today);
        var french = DraftRequests.For(Reconnect(Tie(Tier.Regular, silenceDays: 150)), Person("Claire Martin", last: last), "fr", "Sam", 0, Today);

        Assert.Equal(NudgeKind.Reconnect, english.Kind);
        Assert.Equal(("a few months", "since October", "our lunch"), (english.Context.Silence, english.Context.SilenceSinceMonth, english.Context.LastMeeting));
        Assert.Equal(("quelques mois", "depuis octobre", "notre déjeuner"), (french.Context.Silence, french.Context.SilenceSinceMonth, french.Context.LastMeeting));
    }

    [Fact]
    public void An_all_hands_is_no_shared_memory_and_a_confidential_meeting_is_never_repeated()
    {
        var allHands = new Meeting(DateTimeOffset.UnixEpoch, "Quarterly all-hands", 40);
        var confidential = new Meeting(DateTimeOffset.UnixEpoch, "Confidential – reorg options", 2);

        Assert.Null(DraftRequests.For(Reconnect(Tie(Tier.Regular)), Person("Claire Martin", last: allHands), "en", "Sam", 0, Today).Context.LastMeeting);
        Assert.Null(DraftRequests.For(Reconnect(Tie(Tier.Regular)), Person("Claire Martin", last: confidential), "en", "Sam", 0, Today).Context.LastMeeting);
    }

    [Theory]
    [InlineData(LifeEventKind.Birthday, NudgeKind.Birthday)]
    [InlineData(LifeEventKind.NewRole, NudgeKind.NewRole)]
    [InlineData(LifeEventKind.JobLoss, NudgeKind.CheckIn)]
    [InlineData(LifeEventKind.NewDomain, NudgeKind.NewDomain)]
    [InlineData(LifeEventKind.SeeingSoon, NudgeKind.SeeingSoon)]
    public void Each_life_event_maps_to_its_nudge(LifeEventKind kind, NudgeKind expected)
    {
        Assert.Equal(expected, NudgeKinds.Of(Event(kind, Today, new LifeEventFacts())));
    }

    [Fact]
    public void An_event_carries_its_facts()
    {
        var facts = new LifeEventFacts { NewTitle = "CTO", NewCompany = "Contoso", PreviousTitle = "Head of Data", PreviousCompany = "Fabrikam" };
        var request = DraftRequests.For(Event(LifeEventKind.NewRole, Today, facts), Person("Claire Martin"), "fr-FR", "Sam", 0, Today);

        Assert.Equal("fr", request.Language);
        Assert.Equal(("CTO", "Contoso", "Head of Data", "Fabrikam"), (request.Context.NewTitle, request.Context.NewCompany, request.Context.PreviousTitle, request.Context.PreviousCompany));
        Assert.Equal(Today, request.Context.EventDate);
    }

    [Theory]
    [InlineData(1, 14)]
    [InlineData(20, 7)]
    [InlineData(40, 30)]
    public void Someone_in_touch_lately_or_at_their_usual_pace_is_never_told_it_has_been_long(int silenceDays, int usualGapDays)
    {
        var tie = Tie(Tier.Close, usualGapDays, silenceDays) with { GoingCold = false };

        foreach (var kind in new[] { LifeEventKind.NewDomain, LifeEventKind.Birthday, LifeEventKind.SeeingSoon })
        {
            var request = DraftRequests.For(EventWith(kind, tie), Person("Claire Martin"), "fr", "Sam", 0, Today);
            Assert.Null(request.Context.Silence);
            Assert.Null(request.Context.SilenceSinceMonth);
        }
    }

    [Fact]
    public void A_silence_unusual_for_the_tie_is_said_on_an_event_too()
    {
        var tie = Tie(Tier.Close, usualGapDays: 20, silenceDays: 65) with { GoingCold = false };

        Assert.Equal("a couple of months", DraftRequests.For(EventWith(LifeEventKind.Birthday, tie), Person("Claire Martin"), "en", "Sam", 0, Today).Context.Silence);
    }

    [Fact]
    public void A_meeting_coming_up_is_named_by_its_kind()
    {
        var facts = new LifeEventFacts { MeetingSubject = "Lunch", LastInteraction = Today.AddDays(-200) };

        Assert.Equal("our lunch", DraftRequests.For(Event(LifeEventKind.SeeingSoon, Today.AddDays(2), facts), Person("Claire Martin"), "en", "Sam", 0, Today).Context.UpcomingMeeting);
        Assert.Equal("notre déjeuner", DraftRequests.For(Event(LifeEventKind.SeeingSoon, Today.AddDays(2), facts), Person("Claire Martin"), "fr", "Sam", 0, Today).Context.UpcomingMeeting);
    }
}
