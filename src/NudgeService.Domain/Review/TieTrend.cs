using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>How a tie moved since last quarter.</summary>
public enum TieTrend
{
    Warming,
    Steady,
    Cooling,
    Lapsed,
}

/// <summary>Compares a tie's strength today with its strength a quarter ago, and reads its silence.</summary>
public static class TieTrends
{
    /// <summary>Strength grew by half or more: more, or closer, interactions than the quarter before.</summary>
    private const double WarmingRatio = 1.5;

    /// <summary>Strength fell below this share of what it was: the tie is fading even if not yet silent.</summary>
    private const double CoolingRatio = 0.6;

    /// <summary>A quarter of silence at least, and twice the tie's own rhythm, ends a tie that was going cold.</summary>
    private const int LapsedDays = 90;

    public static TieTrend Of(TieAssessment now, TieAssessment? quarterAgo)
    {
        if (now.GoingCold && now.SilenceDays >= Math.Max(LapsedDays, 2 * now.CadenceDays)) return TieTrend.Lapsed;
        if (now.GoingCold) return TieTrend.Cooling;
        if (quarterAgo is null || quarterAgo.Strength <= 0) return TieTrend.Warming;
        var ratio = now.Strength / quarterAgo.Strength;
        return ratio >= WarmingRatio ? TieTrend.Warming : ratio <= CoolingRatio ? TieTrend.Cooling : TieTrend.Steady;
    }
}
