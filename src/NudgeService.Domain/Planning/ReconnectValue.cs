using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Planning;

/// <summary>
/// What reviving a tie is worth times how likely it is lost without a word: closer ties are worth
/// more, colder ones are at more risk, and a tie that is the user's only live link into its company
/// or field is worth more than the fifth colleague of a team the user already talks to.
/// </summary>
public static class ReconnectValue
{
    /// <summary>The only live link into a group keeps a door open no one else does.</summary>
    private const double BridgeReach = 1.5;

    /// <summary>A group the user already talks to through this many others is well covered.</summary>
    private const int WellCoveredGroup = 4;

    private const double WellCoveredReach = 0.6;

    /// <param name="livePeers">How many of the user's other ties in the same group are not going cold.</param>
    public static double Of(TieAssessment tie, int livePeers) => TierValue(tie.Tier) * tie.ColdScore * Reach(livePeers);

    /// <summary>Halving per layer outward mirrors the roughly threefold growth and weaker bonds of each Dunbar layer.</summary>
    public static double TierValue(Tier tier) => Math.Pow(0.5, (int)tier - 1);

    public static double Reach(int livePeers) => livePeers switch
    {
        <= 0 => BridgeReach,
        >= WellCoveredGroup => WellCoveredReach,
        _ => 1.0,
    };

    /// <summary>The group a tie belongs to for diversity: the company on the card, else the address's domain.</summary>
    public static string GroupOf(string key, string? companyName) =>
        string.IsNullOrWhiteSpace(companyName) ? Ledger.Addresses.Domain(key) ?? key : companyName.Trim().ToLowerInvariant();
}
