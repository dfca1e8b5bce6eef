using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>What the review reads besides the ledger: the day, the user's domains, last quarter's counts and the people set aside.</summary>
/// <param name="Previous">Last quarter's snapshot; null when there was no review then.</param>
/// <param name="SetAside">People the user said "not this person" about: counted and drawn, never named.</param>
public sealed record ReviewContext(DateOnly Today, IReadOnlySet<string> OwnDomains, ReviewSnapshot? Previous, IReadOnlySet<string> SetAside);

/// <summary>
/// The quarterly network review: layers and their change, new and lapsed ties, one-sided ties,
/// bridges, people to thank and at most one introduction, from header facts alone.
/// </summary>
public static class NetworkReviewer
{
    public const int QuarterDays = 91;

    public static NetworkReview Review(IReadOnlyList<Correspondent> people, ReviewContext context, RelationshipSettings settings)
    {
        var today = context.Today;
        var now = RelationshipAnalyzer.Assess(people, today, settings);
        var before = RelationshipAnalyzer.Assess(people, today.AddDays(-QuarterDays), settings).ToDictionary(tie => tie.Key, StringComparer.Ordinal);
        var organisations = Organisations.Of(people, context.OwnDomains);
        var byKey = people.ToDictionary(person => person.Key, StringComparer.Ordinal);

        var ties = now
            .Select(tie => new ReviewedTie(tie.Key, tie.Tier, TieTrends.Of(tie, before.GetValueOrDefault(tie.Key)), organisations.GetValueOrDefault(tie.Key), tie.Strength))
            .OrderBy(tie => tie.Tier).ThenByDescending(tie => tie.Strength).ThenBy(tie => tie.Key, StringComparer.Ordinal)
            .ToList();
        var trends = ties.ToDictionary(tie => tie.Key, tie => tie.Trend, StringComparer.Ordinal);
        bool Named(string key) => !context.SetAside.Contains(key);

        var layers = Enum.GetValues<Tier>().Select(tier => new LayerCount(
            tier,
            now.Count(tie => tie.Tier == tier),
            context.Previous?.Layers.GetValueOrDefault(tier) ?? before.Values.Count(tie => tie.Tier == tier))).ToList();
        var quarterStart = today.AddDays(-QuarterDays);
        var newPeople = now
            .Where(tie => FirstTouch(byKey[tie.Key]) >= quarterStart && tie.Initiative.Reciprocity == Reciprocity.Mutual && Both(byKey[tie.Key], quarterStart))
            .OrderByDescending(tie => tie.Strength).Select(tie => tie.Key).ToList();
        var lapsed = ties
            .Where(tie => tie.Trend == TieTrend.Lapsed && before.TryGetValue(tie.Key, out var then) && then.Tier <= Tier.Outer && !before[tie.Key].GoingCold)
            .Select(tie => tie.Key).ToList();
        var oneSided = OneSidedTies.Find(people, now, today).Where(tie => Named(tie.Key)).ToList();
        var inventory = new NetworkInventory(layers, [.. newPeople.Where(Named)], [.. lapsed.Where(Named)], oneSided);

        var bridges = Bridges.Find(now, organisations, trends).Where(bridge => Named(bridge.Key)).ToList();
        var toThank = Introducers.Find(people, now).Where(thanks => Named(thanks.Key) && Named(thanks.Newcomer)).ToList();
        var introduction = Introductions.Candidates(people, now, organisations).FirstOrDefault(pair => Named(pair.First) && Named(pair.Second));

        var snapshot = new ReviewSnapshot(ReviewQuarter.Of(today), layers.ToDictionary(layer => layer.Tier, layer => layer.Now), lapsed.Count, newPeople.Count);
        return new NetworkReview(ReviewQuarter.Of(today), today, ties, inventory, bridges, toThank, introduction, snapshot);
    }

    private static DateOnly FirstTouch(Correspondent person) => person.Touches.Count == 0 ? DateOnly.MaxValue : person.Touches[0].Day;

    /// <summary>An exchange both ways since the day: they wrote and were written to, or met.</summary>
    private static bool Both(Correspondent person, DateOnly since)
    {
        var recent = person.Touches.Where(touch => touch.Day >= since).ToList();
        return recent.Any(touch => touch.Kind == TouchKind.Meeting)
            || (recent.Any(touch => touch.Kind == TouchKind.MailFromUser) && recent.Any(touch => touch.Kind == TouchKind.MailToUser));
    }
}
