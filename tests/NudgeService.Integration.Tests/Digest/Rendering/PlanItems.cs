using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;

namespace NudgeService.Integration.Tests.Digest.Rendering;

/// <summary>Plan lines as the weekly planner makes them.</summary>
internal static class PlanItems
{
    public static readonly DateOnly Today = new(2025, 3, 10);

    public static TieAssessment Tie(Tier tier, int usualGapDays = 14, int silenceDays = 77, Reciprocity reciprocity = Reciprocity.Mutual, bool everInTouch = true)
    {
        DateOnly? last = everInTouch ? Today.AddDays(-silenceDays) : null;
        return new TieAssessment(
            "claire@contoso.example",
            Strength: 3,
            tier,
            new Initiative(reciprocity, 4, 4, 2, 2),
            new TieHistory(12, 400, 400 - silenceDays, last),
            CadenceDays: usualGapDays,
            ColdScore: 0.9,
            EndedProbability: 0.7,
            GoingCold: true,
            new ColdExplanation(usualGapDays, silenceDays, last, silenceDays / (double)usualGapDays, reciprocity));
    }

    public static PlanItem Reconnect(TieAssessment tie, params PlanReason[] reasons) =>
        new(tie.Key, "Claire Martin", null, tie, [PlanReason.GoingCold, .. reasons]);

    public static PlanItem Event(LifeEventKind kind, DateOnly date, LifeEventFacts facts) =>
        new("claire@contoso.example", "Claire Martin", new LifeEvent(kind, "claire@contoso.example", "Claire Martin", date, facts), null, [PlanReason.LifeEvent]);
}
