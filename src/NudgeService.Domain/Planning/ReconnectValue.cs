using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Planning;

/// <summary>
/// What reviving a tie is worth times how likely it is lost without a word: closer ties are
/// worth more, colder ones are at more risk.
/// </summary>
public static class ReconnectValue
{
    public static double Of(TieAssessment tie) => TierValue(tie.Tier) * tie.ColdScore;

    /// <summary>Halving per layer outward mirrors the roughly threefold growth and weaker bonds of each Dunbar layer.</summary>
    public static double TierValue(Tier tier) => Math.Pow(0.5, (int)tier - 1);

    /// <summary>The group a tie belongs to for diversity: the company on the card, else the address's domain.</summary>
    public static string GroupOf(string key, string? companyName) =>
        string.IsNullOrWhiteSpace(companyName) ? key[(key.LastIndexOf('@') + 1)..].ToLowerInvariant() : companyName.Trim().ToLowerInvariant();
}
