using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Tests.Relationships;

public sealed class GoingColdTests
{
    private static IReadOnlyList<TieAssessment> Assess(params Correspondent[] people)
    {
        // A population of steady ties and a few that ended gives the model something to learn from.
        var population = Enumerable.Range(0, 40).Select(i => SampleTies.Regular($"p{i}@corp.example", 7 + i % 10, 30, i < 32 ? i % 7 : 100 + 15 * (i - 32)));
        return RelationshipAnalyzer.Assess([.. population, .. people], SampleTies.Today, RelationshipSettings.Default);
    }

    [Fact]
    public void A_weekly_tie_silent_for_eleven_weeks_is_going_cold()
    {
        var tie = Assess(SampleTies.Regular("anna@a.example", 7, 40, 77)).Single(t => t.Key == "anna@a.example");
        Assert.True(tie.GoingCold, $"{tie}");
        Assert.InRange(tie.CadenceDays, 5, 10);
    }

    [Fact]
    public void A_quarterly_tie_silent_for_two_months_is_not_going_cold()
    {
        var tie = Assess(SampleTies.Regular("ben@b.example", 90, 8, 60)).Single(t => t.Key == "ben@b.example");
        Assert.False(tie.GoingCold);
    }

    [Fact]
    public void The_same_silence_is_colder_for_a_frequent_tie_than_for_a_rare_one()
    {
        var ties = Assess(SampleTies.Regular("fast@a.example", 5, 60, 40), SampleTies.Regular("slow@b.example", 60, 8, 40));
        Assert.True(ties.Single(t => t.Key == "fast@a.example").ColdScore > ties.Single(t => t.Key == "slow@b.example").ColdScore, string.Join("\n", ties.TakeLast(2)));
    }

    [Fact]
    public void A_short_history_leans_on_its_tiers_typical_cadence()
    {
        var tie = Assess(SampleTies.Regular("new@c.example", 3, 3, 10)).Single(t => t.Key == "new@c.example");
        Assert.True(tie.CadenceDays > 3, $"cadence {tie.CadenceDays} was not shrunk toward the tier");
    }

    [Fact]
    public void A_tie_that_slowed_down_this_quarter_is_colder_than_a_steady_one_with_the_same_history()
    {
        // Both have 40 interaction days from 400 to 10 days ago; one kept its pace to the end, the other had a single one in the last quarter.
        var steady = SampleTies.Regular("steady@a.example", 10, 40, 10).Touches;
        var slowed = SampleTies.Regular("slowed@a.example", 8, 39, 96).Touches.Append(new Touch(SampleTies.Today.AddDays(-10), TouchKind.MailToUser, 1)).ToList();
        var history = TieHistory.Of(steady, SampleTies.Today, 730);
        Assert.Equal(history, TieHistory.Of(slowed, SampleTies.Today, 730));

        double Score(IReadOnlyList<Touch> touches) => ColdScore.Of(SilenceModel.Default, history, FadingPace.Of(touches, SampleTies.Today, 730), 30, null, 90);
        Assert.True(Score(slowed) > Score(steady), $"{Score(slowed)} vs {Score(steady)}");
    }

    [Fact]
    public void The_current_pace_forgets_old_interactions()
    {
        var touches = SampleTies.Regular("old@a.example", 7, 20, 200).Touches;
        var pace = FadingPace.Of(touches, SampleTies.Today, 730);
        Assert.InRange(pace.Repeats, 0, 0.01);
        Assert.InRange(pace.ExposureDays, 0, FadingPace.FadeDays);
    }

    [Fact]
    public void A_person_still_seen_on_threads_scores_less_cold_than_one_who_vanished()
    {
        var vanished = SampleTies.Regular("gone@d.example", 7, 30, 60);
        var around = vanished with { Key = "around@d.example", Addresses = [new AddressUse("around@d.example", SampleTies.Today.AddDays(-300), SampleTies.Today.AddDays(-3))] };
        var ties = Assess(vanished, around);
        Assert.True(ties.Single(t => t.Key == "gone@d.example").ColdScore > ties.Single(t => t.Key == "around@d.example").ColdScore);
    }

    [Fact]
    public void Interactions_on_or_after_today_are_ignored()
    {
        var tie = SampleTies.Regular("x@e.example", 7, 10, 30);
        var withFuture = tie with { Touches = [.. tie.Touches, new Touch(SampleTies.Today, TouchKind.MailToUser, 1), new Touch(SampleTies.Today.AddDays(3), TouchKind.Meeting, 1)] };
        Assert.Equal(30, Assess(withFuture).Single(t => t.Key == "x@e.example").SilenceDays);
    }

    [Fact]
    public void A_fitted_model_reproduces_a_population_that_rarely_ends()
    {
        var histories = Enumerable.Range(0, 200).Select(i => TieHistory.Of(SampleTies.Regular($"p{i}@x", 10, 50, i % 10).Touches, SampleTies.Today, 730));
        var model = SilenceModelFit.To(histories);
        Assert.InRange(model.UsualGapDays(TieHistory.Of(SampleTies.Regular("q@x", 10, 50, 2).Touches, SampleTies.Today, 730), model.Scale), 8, 12);
    }
}
