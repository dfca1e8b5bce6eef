using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Tests.Relationships;

namespace NudgeService.Domain.Tests.LifeEvents;

public sealed class RoleAndAddressTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly LifeEventWindow Window = new(Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), Now.AddDays(-7));

    private static ContactCard Card(string? title, string? company) => new("c1", "Sam", "Lee", "Sam Lee", ["sam@old.example"], null, title, company, null, null);

    private static Correspondent WithChange(ContactCard before, ContactCard after, DateTimeOffset? at = null) =>
        new Correspondent("sam@old.example", "Sam Lee", [], []) { Contact = after, LastContactChange = new ContactChange(at ?? Now.AddDays(-2), before, after) };

    [Fact]
    public void A_company_that_becomes_empty_is_a_job_loss_and_never_congratulated()
    {
        var lifeEvent = RoleChanges.Find(WithChange(Card("Director", "Contoso"), Card(null, "  ")), Window);
        Assert.Equal(LifeEventKind.JobLoss, lifeEvent?.Kind);
        Assert.False(lifeEvent!.Congratulate);
        Assert.Equal("Contoso", lifeEvent.Facts.PreviousCompany);
    }

    [Fact]
    public void A_new_title_at_the_same_company_is_a_new_role()
    {
        var lifeEvent = RoleChanges.Find(WithChange(Card("Engineer", "Contoso"), Card("Lead Engineer", "Contoso")), Window);
        Assert.Equal(LifeEventKind.NewRole, lifeEvent?.Kind);
        Assert.True(lifeEvent!.Congratulate);
        Assert.Equal(("Engineer", "Lead Engineer"), (lifeEvent.Facts.PreviousTitle, lifeEvent.Facts.NewTitle));
        Assert.Equal(new DateOnly(2026, 2, 28), lifeEvent.Date);
    }

    [Fact]
    public void A_change_of_case_or_spacing_is_no_new_role()
    {
        Assert.Null(RoleChanges.Find(WithChange(Card("Engineer", "Contoso"), Card("engineer ", "CONTOSO")), Window));
    }

    [Fact]
    public void A_change_noticed_before_the_last_digest_is_old_news()
    {
        Assert.Null(RoleChanges.Find(WithChange(Card("Engineer", "Contoso"), Card("CTO", "Fabrikam"), Now.AddDays(-9)), Window));
    }

    [Fact]
    public void Writing_only_from_an_address_at_a_new_domain_is_a_move()
    {
        var person = new Correspondent("sam@old.example", "Sam Lee",
            [new AddressUse("sam@old.example", new DateOnly(2024, 1, 1), new DateOnly(2026, 2, 10)), new AddressUse("sam@new.example", new DateOnly(2026, 2, 14), new DateOnly(2026, 3, 1))], []);
        var lifeEvent = AddressMoves.Find(person, Window);
        Assert.Equal(LifeEventKind.NewDomain, lifeEvent?.Kind);
        Assert.Equal("sam@new.example", lifeEvent!.Facts.NewAddress);
    }

    [Fact]
    public void A_second_address_used_alongside_the_first_is_no_move()
    {
        var person = new Correspondent("sam@old.example", "Sam Lee",
            [new AddressUse("sam@old.example", new DateOnly(2024, 1, 1), new DateOnly(2026, 2, 27)), new AddressUse("sam@gmail.example", new DateOnly(2026, 2, 14), new DateOnly(2026, 3, 1))], []);
        Assert.Null(AddressMoves.Find(person, Window));
    }

    [Fact]
    public void A_meeting_this_week_with_someone_long_unseen_is_a_reunion_and_with_a_regular_it_is_not()
    {
        var person = SampleTies.Regular("old@friend.example", 90, 5, 200) with { NextMeeting = new Meeting(Now.AddDays(3), "Lunch", 1) };
        var regular = SampleTies.Regular("team@mate.example", 7, 40, 2) with { NextMeeting = new Meeting(Now.AddDays(3), "1:1", 1) };
        var ties = RelationshipAnalyzer.Assess([person, regular], SampleTies.Today, RelationshipSettings.Default);
        var events = LifeEventFinder.Find([person, regular], ties, Window);
        var reunion = Assert.Single(events);
        Assert.Equal((LifeEventKind.SeeingSoon, "old@friend.example", "Lunch"), (reunion.Kind, reunion.Key, reunion.Facts.MeetingSubject));
    }

    [Fact]
    public void Someone_seen_five_weeks_ago_gets_no_word_before_a_lunch()
    {
        var person = SampleTies.Regular("monthly@friend.example", 20, 12, 35) with { NextMeeting = new Meeting(Now.AddDays(2), "Lunch", 1) };
        var ties = RelationshipAnalyzer.Assess([person], SampleTies.Today, RelationshipSettings.Default);

        Assert.Empty(LifeEventFinder.Find([person], ties, Window));
    }

    [Fact]
    public void A_meeting_on_the_digest_day_is_too_close_for_a_word_before_it()
    {
        var person = SampleTies.Regular("old@friend.example", 90, 5, 200) with { NextMeeting = new Meeting(Now.AddHours(4), "Lunch", 1) };
        var ties = RelationshipAnalyzer.Assess([person], SampleTies.Today, RelationshipSettings.Default);

        Assert.Empty(LifeEventFinder.Find([person], ties, Window));
    }
}
