namespace NudgeService.Domain.Relationships;

/// <param name="TierOverrides">Tiers the user chose, per correspondent key.</param>
/// <param name="HorizonDays">The cold score is the chance of silence over this many coming days: a quarter.</param>
/// <param name="HistoryDays">Interactions older than this are ignored, as the ledger forgets them.</param>
/// <param name="GoingColdProbability">A tie more likely than this to have ended (not merely paused) is going cold.</param>
public sealed record RelationshipSettings(
    IReadOnlyDictionary<string, Tier> TierOverrides,
    int HorizonDays = 90,
    int HistoryDays = 730,
    double GoingColdProbability = 0.5)
{
    public static readonly RelationshipSettings Default = new(new Dictionary<string, Tier>());

    /// <summary>The settings with the user's corrections as the tiers they choose.</summary>
    public static RelationshipSettings Corrected(IReadOnlyDictionary<string, TieCorrection> corrections) =>
        new(corrections.ToDictionary(correction => correction.Key, correction => TierOf(correction.Value), StringComparer.Ordinal));

    private static Tier TierOf(TieCorrection correction) => correction switch
    {
        TieCorrection.Closer => Tier.Close,
        TieCorrection.NotARelationship => Tier.Weak,
        _ => throw new ArgumentOutOfRangeException(nameof(correction), correction, "Not a tie correction."),
    };
}
