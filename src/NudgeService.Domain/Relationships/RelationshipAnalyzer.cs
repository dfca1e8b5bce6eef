using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Relationships;

/// <summary>
/// Assesses every tie of one user on one day: strength and tier, who writes, the tie's usual
/// cadence and how unusual its silence is. Only interactions before <c>today</c> count.
/// </summary>
public static class RelationshipAnalyzer
{
    /// <summary>A rhythm needs at least two gaps; with fewer, silence says nothing unusual.</summary>
    public const int MinimumActiveDaysForCold = 3;

    /// <summary>The histories the model is fitted on, for fitting one model over many users' ties.</summary>
    public static IEnumerable<TieHistory> Histories(IEnumerable<Correspondent> correspondents, DateOnly today, RelationshipSettings settings) =>
        correspondents.Select(correspondent => TieHistory.Of(correspondent.Touches, today, settings.HistoryDays)).Where(history => history.ActiveDays > 0);

    /// <param name="population">A model fitted on a wider population of ties (e.g. every mailbox of a log); by default it is fitted on these ties.</param>
    public static IReadOnlyList<TieAssessment> Assess(
        IReadOnlyList<Correspondent> correspondents,
        DateOnly today,
        RelationshipSettings settings,
        SilenceModel? population = null)
    {
        var facts = correspondents
            .Select(correspondent =>
            {
                var initiative = Initiative.Of(correspondent.Touches, today);
                return (correspondent.Key,
                    LastSeen: correspondent.Addresses.Where(use => use.LastSeen < today).Select(use => (DateOnly?)use.LastSeen).Max(),
                    History: TieHistory.Of(correspondent.Touches, today, settings.HistoryDays),
                    Pace: FadingPace.Of(correspondent.Touches, today, settings.HistoryDays),
                    Initiative: initiative,
                    Strength: TieStrength.Of(correspondent.Touches, today, initiative.Reciprocity));
            })
            .Where(tie => tie.History.ActiveDays > 0)
            .ToList();
        var tiers = TierAssignment.Assign(facts.ToDictionary(tie => tie.Key, tie => tie.Strength, StringComparer.Ordinal), settings.TierOverrides);
        var model = population ?? SilenceModelFit.To(facts.Select(tie => tie.History));
        var priors = TierPriors.From(model, facts.Select(tie => (tiers[tie.Key], tie.History)));

        return [.. facts.Select(tie =>
        {
            var tier = tiers[tie.Key];
            var scale = priors[tier];
            var history = tie.History;
            var cadence = model.UsualGapDays(history, scale);
            var score = ColdScore.Of(model, history, tie.Pace, scale, tie.LastSeen, settings.HorizonDays);
            var ended = 1 - model.ProbabilityAlive(history, scale);
            var goingCold = history.ActiveDays >= MinimumActiveDaysForCold && history.SilenceDays > cadence && ended >= settings.GoingColdProbability;
            var explanation = new ColdExplanation((int)Math.Round(cadence), history.SilenceDays, history.LastDay, history.SilenceDays / cadence, tie.Initiative.Reciprocity);
            return new TieAssessment(tie.Key, tie.Strength, tier, tie.Initiative, history, cadence, score, ended, goingCold, explanation);
        })];
    }
}
