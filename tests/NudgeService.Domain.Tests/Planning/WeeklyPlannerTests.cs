using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Tests.Relationships;

namespace NudgeService.Domain.Tests.Planning;

public sealed class WeeklyPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static UserPlanContext User(
        IReadOnlyList<PastSuggestion>? past = null, IReadOnlyDictionary<string, DateOnly>? snoozes = null, IReadOnlySet<string>? dismissed = null, DateTimeOffset? lastDigest = null) =>
        new(Paris, past ?? [], snoozes ?? new Dictionary<string, DateOnly>(), dismissed ?? new HashSet<string>(), lastDigest);

    private static TieAssessment Cold(string key, Tier tier, double score, int silenceDays = 100, bool goingCold = true) =>
        new(key, 1, tier, new Initiative(Reciprocity.Mutual, 1, 1, 1, 1), new TieHistory(10, 400, 400 - silenceDays, SampleTies.Today.AddDays(-silenceDays)), 30, score, score, goingCold,
            new ColdExplanation(30, silenceDays, SampleTies.Today.AddDays(-silenceDays), silenceDays / 30.0, Reciprocity.Mutual));

    private static Correspondent Person(string key, string? company = null) =>
        new(key, key, [], [new Touch(SampleTies.Today.AddDays(-100), TouchKind.MailToUser, 1)])
        {
            Contact = company is null ? null : new ContactCard(key, null, null, key, [key], null, null, company, null, null),
        };

    private static WeeklyPlan Plan(IReadOnlyList<TieAssessment> ties, UserPlanContext? user = null, IReadOnlyList<LifeEvent>? events = null, IReadOnlyList<Correspondent>? people = null) =>
        WeeklyPlanner.Plan(people ?? [.. ties.Select(tie => Person(tie.Key))], ties, events ?? [], user ?? User(), Now);

    [Fact]
    public void At_most_three_reconnects_by_default_highest_value_times_risk_first()
    {
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.6), Cold("b@2.example", Tier.Outer, 0.9), Cold("c@3.example", Tier.Close, 0.7), Cold("d@4.example", Tier.Regular, 0.8)]);
        Assert.Equal(["a@1.example", "c@3.example", "d@4.example"], plan.Reconnects.Select(item => item.Key));
        Assert.All(plan.Reconnects, item => Assert.Contains(PlanReason.GoingCold, item.Reasons));
    }

    [Fact]
    public void The_number_of_reconnects_is_configurable()
    {
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.6), Cold("b@2.example", Tier.Close, 0.9)], User() with { MaxReconnects = 1 });
        Assert.Single(plan.Reconnects);
    }

    [Fact]
    public void Not_three_people_from_one_company()
    {
        var ties = new[] { Cold("a@corp.example", Tier.Closest, 0.9), Cold("b@corp.example", Tier.Closest, 0.9), Cold("c@other.example", Tier.Regular, 0.6) };
        var plan = Plan(ties, people: [Person("a@corp.example", "Contoso"), Person("b@corp.example", "Contoso"), Person("c@other.example", "Fabrikam")]);
        Assert.Equal(["a@corp.example", "c@other.example"], plan.Reconnects.Select(item => item.Key));
    }

    [Fact]
    public void A_weak_tie_going_cold_takes_the_last_place()
    {
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.9), Cold("b@2.example", Tier.Close, 0.9), Cold("c@3.example", Tier.Close, 0.8), Cold("w@4.example", Tier.Weak, 0.7)]);
        Assert.Equal(["a@1.example", "b@2.example", "w@4.example"], plan.Reconnects.Select(item => item.Key));
        Assert.Contains(PlanReason.WeakTie, plan.Reconnects[^1].Reasons);
    }

    [Fact]
    public void Never_the_same_person_two_weeks_running()
    {
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.9)], User(past: [new PastSuggestion("a@1.example", new DateOnly(2026, 2, 23), SuggestionOutcome.Expired)]));
        Assert.Empty(plan.Reconnects);
    }

    [Fact]
    public void A_suggestion_acted_on_cools_down_and_one_that_expired_long_ago_does_not()
    {
        var past = new[] { new PastSuggestion("a@1.example", new DateOnly(2026, 1, 5), SuggestionOutcome.Sent), new PastSuggestion("b@2.example", new DateOnly(2026, 1, 5), SuggestionOutcome.Expired) };
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.9), Cold("b@2.example", Tier.Closest, 0.8)], User(past: past));
        Assert.Equal(["b@2.example"], plan.Reconnects.Select(item => item.Key));
    }

    [Fact]
    public void Snoozed_and_dismissed_people_are_left_out_until_the_snooze_ends()
    {
        var ties = new[] { Cold("a@1.example", Tier.Closest, 0.9), Cold("b@2.example", Tier.Closest, 0.8), Cold("c@3.example", Tier.Closest, 0.7) };
        var user = User(snoozes: new Dictionary<string, DateOnly> { ["a@1.example"] = new(2026, 3, 9), ["c@3.example"] = new(2026, 3, 2) }, dismissed: new HashSet<string> { "b@2.example" });
        Assert.Equal(["c@3.example"], Plan(ties, user).Reconnects.Select(item => item.Key));
    }

    [Fact]
    public void Someone_written_to_since_the_last_digest_is_never_suggested()
    {
        var person = Person("a@1.example") with { Touches = [new Touch(new DateOnly(2026, 2, 27), TouchKind.MailFromUser, 1)] };
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.9)], User(lastDigest: Now.AddDays(-7)), people: [person]);
        Assert.Empty(plan.Reconnects);
    }

    [Fact]
    public void Dated_events_come_in_addition_and_their_person_is_not_also_a_reconnect()
    {
        var birthday = new LifeEvent(LifeEventKind.Birthday, "a@1.example", "A", new DateOnly(2026, 3, 4), new LifeEventFacts());
        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.9), Cold("b@2.example", Tier.Closest, 0.8)], events: [birthday]);
        Assert.Equal(["b@2.example"], plan.Reconnects.Select(item => item.Key));
        Assert.Equal(birthday, Assert.Single(plan.Events).Event);
    }

    [Fact]
    public void The_same_inputs_give_the_same_plan()
    {
        var ties = Enumerable.Range(0, 30).Select(i => Cold($"p{i}@d{i % 4}.example", (Tier)(1 + i % 5), 0.5 + i % 3 * 0.1)).ToList();
        var first = Plan(ties);
        var second = Plan([.. Enumerable.Reverse(ties)]);
        Assert.Equal(first.Reconnects.Select(item => item.Key), second.Reconnects.Select(item => item.Key));
        Assert.Equal(new DateOnly(2026, 3, 2), first.Week);
    }

    [Fact]
    public void A_large_network_week_keeps_the_three_events_most_worth_a_word_in_date_order()
    {
        var ties = new[] { Cold("close@1.example", Tier.Close, 0.1), Cold("outer@2.example", Tier.Outer, 0.1) };
        LifeEvent Event(LifeEventKind kind, string key, int day) => new(kind, key, key, new DateOnly(2026, 3, day), new LifeEventFacts());
        var weakBirthdays = Enumerable.Range(0, 6).Select(index => Event(LifeEventKind.Birthday, $"weak{index}@3.example", 2 + index)).ToList();
        var events = weakBirthdays.Prepend(Event(LifeEventKind.SeeingSoon, "outer@2.example", 8)).Prepend(Event(LifeEventKind.Birthday, "close@1.example", 7)).ToList();

        var plan = Plan(ties, events: events, people: [.. events.Select(lifeEvent => Person(lifeEvent.Key))]);

        Assert.Equal(3, plan.Events.Count);
        Assert.Contains(plan.Events, item => item.Key == "close@1.example");
        Assert.Contains(plan.Events, item => item.Key == "outer@2.example");
        Assert.Equal(plan.Events.OrderBy(item => item.Event!.Date).Select(item => item.Key), plan.Events.Select(item => item.Key));
        Assert.Equal(Tier.Close, plan.Events.Single(item => item.Key == "close@1.example").Tie!.Tier);
    }

    [Fact]
    public void The_number_of_events_is_configurable()
    {
        var events = Enumerable.Range(0, 4).Select(index => new LifeEvent(LifeEventKind.Birthday, $"p{index}@1.example", "P", new DateOnly(2026, 3, 3 + index), new LifeEventFacts())).ToList();
        var plan = Plan([], User() with { MaxEvents = 2 }, events, [.. events.Select(lifeEvent => Person(lifeEvent.Key))]);
        Assert.Equal(2, plan.Events.Count);
    }

    [Fact]
    public void The_only_live_link_into_another_company_comes_before_a_fifth_colleague_of_one_team()
    {
        var team = Enumerable.Range(0, 4).Select(index => Cold($"t{index}@corp.example", Tier.Regular, 0.1, silenceDays: 5, goingCold: false));
        var colleague = Cold("colleague@corp.example", Tier.Regular, 0.8);
        var bridge = Cold("bridge@elsewhere.example", Tier.Outer, 0.8);

        var plan = Plan([.. team, colleague, bridge], User() with { MaxReconnects = 1 });

        Assert.Equal(["bridge@elsewhere.example"], plan.Reconnects.Select(item => item.Key));
    }

    [Fact]
    public void Nobody_in_touch_within_the_last_four_weeks_is_a_reconnect()
    {
        var plan = Plan([Cold("recent@1.example", Tier.Closest, 0.9, silenceDays: 20), Cold("long@2.example", Tier.Close, 0.5, silenceDays: 40)]);

        Assert.Equal(["long@2.example"], plan.Reconnects.Select(item => item.Key));
    }

    [Fact]
    public void By_default_at_most_three_dated_events()
    {
        var events = Enumerable.Range(0, 5).Select(index => new LifeEvent(LifeEventKind.Birthday, $"p{index}@1.example", "P", new DateOnly(2026, 3, 3 + index), new LifeEventFacts())).ToList();
        var plan = Plan([], events: events, people: [.. events.Select(lifeEvent => Person(lifeEvent.Key))]);

        Assert.Equal(3, plan.Events.Count);
    }

    [Fact]
    public void A_suggestion_let_pass_rests_six_weeks()
    {
        var fiveWeeksAgo = new PastSuggestion("a@1.example", new DateOnly(2026, 1, 26), SuggestionOutcome.Expired);
        var sevenWeeksAgo = new PastSuggestion("b@2.example", new DateOnly(2026, 1, 12), SuggestionOutcome.Expired);

        var plan = Plan([Cold("a@1.example", Tier.Closest, 0.9), Cold("b@2.example", Tier.Closest, 0.8)], User(past: [fiveWeeksAgo, sevenWeeksAgo]));

        Assert.Equal(["b@2.example"], plan.Reconnects.Select(item => item.Key));
    }

    [Fact]
    public void News_is_told_once_and_a_birthday_whatever_the_last_digest()
    {
        var move = new LifeEvent(LifeEventKind.NewDomain, "a@1.example", "A", new DateOnly(2026, 3, 1), new LifeEventFacts());
        var birthday = new LifeEvent(LifeEventKind.Birthday, "b@2.example", "B", new DateOnly(2026, 3, 4), new LifeEventFacts());
        var lastWeek = new DateOnly(2026, 2, 23);

        var plan = Plan([], User(past: [new PastSuggestion("a@1.example", lastWeek, SuggestionOutcome.Expired), new PastSuggestion("b@2.example", lastWeek, SuggestionOutcome.Expired)]),
            [move, birthday], [Person("a@1.example"), Person("b@2.example")]);

        Assert.Equal(["b@2.example"], plan.Events.Select(item => item.Key));
    }
}
