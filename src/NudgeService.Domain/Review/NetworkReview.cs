using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>One quarter's review of a user's network, every list in the order it is worth reading.</summary>
/// <param name="Ties">Every tie with its layer, trend and organisation: what the picture draws.</param>
/// <param name="Bridges">The user's only or main link into an organisation, cooling ones first.</param>
/// <param name="ToThank">Whose mail or meeting brought in someone who became a real tie.</param>
/// <param name="Introduction">At most one pair a quarter, and only when the evidence is good.</param>
public sealed record NetworkReview(
    ReviewQuarter Quarter,
    DateOnly Today,
    IReadOnlyList<ReviewedTie> Ties,
    NetworkInventory Inventory,
    IReadOnlyList<BridgeTie> Bridges,
    IReadOnlyList<Introducer> ToThank,
    IntroductionPair? Introduction,
    ReviewSnapshot Snapshot);

public sealed record ReviewedTie(string Key, Tier Tier, TieTrend Trend, Organisation? Organisation, double Strength);

/// <param name="Before">Last quarter's count, from its snapshot or, without one, from the ledger read as it was then.</param>
public sealed record LayerCount(Tier Tier, int Now, int Before)
{
    public int Change => Now - Before;
}

/// <param name="NewPeople">People first met this quarter with whom there has been an exchange both ways.</param>
/// <param name="Lapsed">Ties of the 150 last quarter that have gone silent for good this quarter.</param>
public sealed record NetworkInventory(IReadOnlyList<LayerCount> Layers, IReadOnlyList<string> NewPeople, IReadOnlyList<string> Lapsed, IReadOnlyList<OneSidedTie> OneSided);

public enum OneSidedWriter
{
    /// <summary>The user writes and rarely gets a reply.</summary>
    User,

    /// <summary>They write and the user rarely answers.</summary>
    They,
}

/// <param name="Written">Mails from the writing side over the last year.</param>
/// <param name="Answered">Mails from the other side over the same year.</param>
/// <param name="LetGo">The tie is not close enough to be worth chasing: the review offers a way to let it go.</param>
public sealed record OneSidedTie(string Key, OneSidedWriter Writer, int Written, int Answered, Tier Tier, bool LetGo);

/// <param name="OthersThere">Other people the user knows there, all weaker.</param>
public sealed record BridgeTie(string Key, Organisation Organisation, int OthersThere, TieTrend Trend, int SilenceDays);

/// <param name="Key">Who to thank.</param>
/// <param name="Newcomer">Who they brought in.</param>
/// <param name="How">How the newcomer first appeared: copied on the introducer's mail, or in a meeting with them.</param>
public sealed record Introducer(string Key, string Newcomer, DateOnly FirstMet, SightingRole How);

public sealed record IntroductionPair(string First, string Second, string Field);

/// <summary>The counts kept from a review so that the next one can compare: aggregates only.</summary>
public sealed record ReviewSnapshot(ReviewQuarter Quarter, IReadOnlyDictionary<Tier, int> Layers, int Lapsed, int NewPeople);
