using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Planning;

/// <summary>
/// Picks reconnects from candidates already ranked by value × risk: one per company or domain
/// (not three people from one team), and the best weak tie takes the last place when none made it.
/// </summary>
public static class ReconnectSelection
{
    public static IReadOnlyList<TieAssessment> Pick(IReadOnlyList<TieAssessment> ranked, Func<string, string?> companyOf, int count)
    {
        if (count <= 0) return [];
        var picked = new List<TieAssessment>();
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tie in ranked)
        {
            if (picked.Count == count) break;
            if (groups.Add(ReconnectValue.GroupOf(tie.Key, companyOf(tie.Key)))) picked.Add(tie);
        }
        if (picked.Any(tie => tie.Tier == Tier.Weak)) return picked;
        var weak = ranked.FirstOrDefault(tie => tie.Tier == Tier.Weak && !groups.Contains(ReconnectValue.GroupOf(tie.Key, companyOf(tie.Key))));
        if (weak is null) return picked;
        if (picked.Count == count) picked.RemoveAt(picked.Count - 1);
        picked.Add(weak);
        return picked;
    }
}
