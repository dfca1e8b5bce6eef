namespace NudgeService.Domain.Relationships;

/// <summary>
/// The prior each tier's ties are shrunk toward: the model's rate prior, re-centred on the tier's
/// typical cadence (the median of its ties' own estimates), so that a new close tie is expected
/// to be frequent and a new acquaintance rare until their own history says otherwise.
/// </summary>
public static class TierPriors
{
    /// <summary>Fewer ties than this say too little about a tier; it keeps the population's prior.</summary>
    private const int MinimumTies = 5;

    /// <returns>The prior scale in days (the model's gamma scale) per tier.</returns>
    public static IReadOnlyDictionary<Tier, double> From(SilenceModel model, IEnumerable<(Tier Tier, TieHistory History)> ties)
    {
        var cadences = ties
            .Where(tie => tie.History.Repeats > 0)
            .GroupBy(tie => tie.Tier)
            .ToDictionary(group => group.Key, group => group.Select(tie => model.UsualGapDays(tie.History, model.Scale)).Order().ToList());
        return Enum.GetValues<Tier>().ToDictionary(tier => tier, tier =>
            cadences.TryGetValue(tier, out var sorted) && sorted.Count >= MinimumTies
                ? model.Shape * sorted[sorted.Count / 2]
                : model.Scale);
    }
}
