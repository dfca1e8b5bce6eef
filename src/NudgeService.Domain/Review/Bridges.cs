using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>
/// The user's only or main link into an organisation: a two-way tie with a rhythm, the only person
/// there among the user's 150 (or the only one there at all), holding most of the strength the
/// user has with anyone there. Bridges decay fastest, so cooling
/// ones come first.
/// </summary>
public static class Bridges
{
    /// <summary>A main link holds at least this share of the user's strength with the organisation.</summary>
    private const double MainShare = 0.8;

    /// <summary>A link is a relationship with a rhythm, not one exchange.</summary>
    private const int RealTieActiveDays = 3;

    public static IEnumerable<BridgeTie> Find(IReadOnlyList<TieAssessment> ties, IReadOnlyDictionary<string, Organisation> organisations, IReadOnlyDictionary<string, TieTrend> trends)
    {
        var found = new List<BridgeTie>();
        foreach (var group in ties.Where(tie => organisations.TryGetValue(tie.Key, out var organisation) && !organisation.IsOwn).GroupBy(tie => organisations[tie.Key].Key, StringComparer.Ordinal))
        {
            var members = group.OrderByDescending(tie => tie.Strength).ThenBy(tie => tie.Key, StringComparer.Ordinal).ToList();
            var main = members[0];
            if (main.History.ActiveDays < RealTieActiveDays || main.Initiative.Reciprocity != Reciprocity.Mutual || members.Skip(1).Any(tie => tie.Tier <= Tier.Outer)) continue;
            var total = members.Sum(tie => tie.Strength);
            if (total <= 0 || main.Strength / total < MainShare) continue;
            found.Add(new BridgeTie(main.Key, organisations[main.Key], members.Count - 1, trends[main.Key], main.SilenceDays));
        }
        return found
            .OrderBy(bridge => bridge.Trend is TieTrend.Cooling or TieTrend.Lapsed ? 0 : 1)
            .ThenBy(bridge => ties.First(tie => tie.Key == bridge.Key).Tier)
            .ThenBy(bridge => bridge.Key, StringComparer.Ordinal);
    }
}
