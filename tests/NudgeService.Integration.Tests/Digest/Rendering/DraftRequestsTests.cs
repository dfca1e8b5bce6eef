using NudgeService.Application.Digest;
using NudgeService.Application.Digest.Wording;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;
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

    [Theory]
    [InlineData(Tier.Closest, Register.Familiar)]
    [InlineData(Tier.Close, Register.Familiar)]
    [InlineData(Tier.Regular, Register.Formal)]
    [InlineData(Tier.Weak, Register.Formal)]
    public void Close_ties_get_the_familiar_register(Tier tier, Register expected)
    {
        var request = DraftRequests.For(Reconnect(Tie(tier)), Person("Claire Martin"), "fr", "Sam", 2);

        Assert.Equal(expected, request.Register);
        Assert.Equal(2, request.Variant);
    }

    [Theory]
    [InlineData("Martin, Claire", "Claire", "Claire Martin")]
    [InlineData("MARTIN Claire", "Claire", "Claire Martin")]
    [InlineData("claire.martin@contoso.example", "Claire", "Claire Martin")]
    [InlineData("cmartin@contoso.example", "", "")]
    [InlineData("Dr. Claire Martin (Contoso)", "Claire", "Claire Martin")]
    [InlineData("JP Morgan", "JP", "JP Morgan")]
    public void The_first_name_comes_from_the_display_name_when_there_is_no_card(string displayName, string firstName, string fullName)
    {
        var request = DraftRequests.For(Reconnect(Tie(Tier.Regular)), Person(displayName), "en", "Sam", 0);

        Assert.Equal(firstName, request.FirstName);
        Assert.Equal(fullName, request.FullName);
    }

    [Fact]
    public void The_contact_card_names_win_over_the_display_name()
    {
        var request = DraftRequests.For(Reconnect(Tie(Tier.Regular)), Person("claire.m@contoso.example", Card("Claire-Anne", "Martin")), "en", "Sam", 0);

        Assert.Equal("Claire-Anne", request.FirstName);
        Assert.Equal("Claire-Anne Martin", request.FullName);
    }

    [Fact]
    public void A_reconnect_carries_the_silence_and_the_last_small_meeting()
    {
        var last = new Meeting(new DateTimeOffset(2024, 12, 2, 10, 0, 0, TimeSpan.Zero), "Budget review", 3);
        var request = DraftRequests.For(Reconnect(Tie(Tier.Regular, silenceDays: 77)), Person("Claire Martin", last: last), "en", "Sam", 0);

        Assert.Equal(NudgeKind.Reconnect, request.Kind);
        Assert.Equal(77, request.Context.SilenceDays);
        Assert.Equal("Budget review", request.Context.LastMeetingSubject);
        Assert.Equal(new DateOnly(2024, 12, 2), request.Context.LastMeetingDate);
    }

    [Fact]
    public void An_all_hands_is_no_shared_memory()
    {
        var allHands = new Meeting(DateTimeOffset.UnixEpoch, "Quarterly all-hands", 40);
        var request = DraftRequests.For(Reconnect(Tie(Tier.Regular)), Person("Claire Martin", last: allHands), "en", "Sam", 0);

        Assert.Null(request.Context.LastMeetingSubject);
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
    public void An_event_carries_its_facts_and_the_time_since_the_last_exchange()
    {
        var facts = new LifeEventFacts { NewTitle = "CTO", NewCompany = "Contoso", PreviousTitle = "Head of Data", PreviousCompany = "Fabrikam" };
        var request = DraftRequests.For(Event(LifeEventKind.NewRole, Today, facts), Person("Claire Martin"), "fr-FR", "Sam", 0);

        Assert.Equal("fr", request.Language);
        Assert.Equal(("CTO", "Contoso", "Head of Data", "Fabrikam"), (request.Context.NewTitle, request.Context.NewCompany, request.Context.PreviousTitle, request.Context.PreviousCompany));
        Assert.Equal(Today, request.Context.EventDate);
        Assert.Equal(90, request.Context.SilenceDays);
    }

    [Fact]
    public void A_meeting_coming_up_carries_its_title()
    {
        var facts = new LifeEventFacts { MeetingSubject = "Q2 roadmap", LastInteraction = Today.AddDays(-200) };
        var request = DraftRequests.For(Event(LifeEventKind.SeeingSoon, Today.AddDays(2), facts), Person("Claire Martin"), "en", "Sam", 0);

        Assert.Equal("Q2 roadmap", request.Context.UpcomingMeetingSubject);
        Assert.Equal(202, request.Context.SilenceDays);
    }
}
