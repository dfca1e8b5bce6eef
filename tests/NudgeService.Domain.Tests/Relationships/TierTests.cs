using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Tests.Relationships;

public sealed class TierTests
{
    [Fact]
    public void Ties_fill_dunbar_layers_of_about_5_15_50_and_150_strongest_first()
    {
        var strengths = Enumerable.Range(0, 200).ToDictionary(i => $"p{i:000}", i => 200.0 - i);
        var tiers = TierAssignment.Assign(strengths, new Dictionary<string, Tier>());
        Assert.Equal(5, tiers.Values.Count(t => t == Tier.Closest));
        Assert.Equal(10, tiers.Values.Count(t => t == Tier.Close));
        Assert.Equal(35, tiers.Values.Count(t => t == Tier.Regular));
        Assert.Equal(100, tiers.Values.Count(t => t == Tier.Outer));
        Assert.Equal(50, tiers.Values.Count(t => t == Tier.Weak));
        Assert.Equal(Tier.Closest, tiers["p000"]);
    }

    [Fact]
    public void A_tier_the_user_chose_wins_and_takes_a_place()
    {
        var strengths = Enumerable.Range(0, 20).ToDictionary(i => $"p{i:00}", i => 20.0 - i);
        var tiers = TierAssignment.Assign(strengths, new Dictionary<string, Tier> { ["p19"] = Tier.Closest, ["p00"] = Tier.Weak });
        Assert.Equal(Tier.Closest, tiers["p19"]);
        Assert.Equal(Tier.Weak, tiers["p00"]);
        Assert.Equal(5, tiers.Values.Count(t => t == Tier.Closest));
    }

    [Fact]
    public void A_tie_corrected_as_closer_joins_the_close_and_one_that_is_no_relationship_leaves_the_layers()
    {
        var strengths = Enumerable.Range(0, 60).ToDictionary(i => $"p{i:00}", i => 60.0 - i);
        var settings = RelationshipSettings.Corrected(new Dictionary<string, TieCorrection> { ["p55"] = TieCorrection.Closer, ["p00"] = TieCorrection.NotARelationship });

        var tiers = TierAssignment.Assign(strengths, settings.TierOverrides);

        Assert.Equal(Tier.Close, tiers["p55"]);
        Assert.Equal(Tier.Weak, tiers["p00"]);
        Assert.Equal(Tier.Closest, tiers["p01"]);
        Assert.Equal(5, tiers.Values.Count(t => t == Tier.Closest));
    }

    [Fact]
    public void A_project_week_of_many_mails_does_not_outweigh_a_year_of_regular_coffees()
    {
        var today = SampleTies.Today;
        var burst = Enumerable.Range(0, 200).Select(i => new Touch(today.AddDays(-10 - i / 40), TouchKind.MailToUser, 1)).ToList();
        var coffees = Enumerable.Range(0, 12).Select(i => new Touch(today.AddDays(-10 - 30 * i), TouchKind.Meeting, 1)).ToList();
        Assert.True(TieStrength.Of(coffees, today, Reciprocity.Mutual) > TieStrength.Of(burst, today, Reciprocity.Mutual));
    }

    [Fact]
    public void One_to_one_weighs_more_than_a_large_thread_and_a_meeting_more_than_a_mail()
    {
        var day = SampleTies.Today.AddDays(-1);
        Assert.True(TieStrength.Weight(new Touch(day, TouchKind.Meeting, 1)) > TieStrength.Weight(new Touch(day, TouchKind.MailFromUser, 1)));
        Assert.True(TieStrength.Weight(new Touch(day, TouchKind.MailFromUser, 1)) > TieStrength.Weight(new Touch(day, TouchKind.MailFromUser, 40)));
    }

    [Theory]
    [InlineData(TouchKind.MailFromUser, Reciprocity.OnlyUserWrites)]
    [InlineData(TouchKind.MailToUser, Reciprocity.OnlyTheyWrite)]
    public void Ties_where_only_one_side_writes_are_visible(TouchKind kind, Reciprocity expected)
    {
        var tie = SampleTies.Regular("one@side.example", 10, 6, 5, kind);
        Assert.Equal(expected, Initiative.Of(tie.Touches, SampleTies.Today).Reciprocity);
        Assert.Equal(Reciprocity.Mutual, Initiative.Of(SampleTies.Regular("two@side.example", 10, 6, 5).Touches, SampleTies.Today).Reciprocity);
    }
}
