namespace NudgeService.Domain.Relationships;

/// <summary>
/// Places ties in Dunbar-like layers by strength, strongest first, filling about 5, 15, 50 and 150
/// places cumulatively; a tier the user chose for someone always wins and takes a place.
/// </summary>
public static class TierAssignment
{
    private static readonly int[] CumulativeSizes = [5, 15, 50, 150];

    /// <param name="strengths">Strength per correspondent key.</param>
    /// <param name="overrides">Tiers the user set, per correspondent key.</param>
    public static IReadOnlyDictionary<string, Tier> Assign(IReadOnlyDictionary<string, double> strengths, IReadOnlyDictionary<string, Tier> overrides)
    {
        var tiers = new Dictionary<string, Tier>(strengths.Count, StringComparer.Ordinal);
        var taken = new int[CumulativeSizes.Length + 1];
        foreach (var (key, tier) in overrides)
        {
            if (!strengths.ContainsKey(key)) continue;
            tiers[key] = tier;
            taken[(int)tier - 1]++;
        }
        var ranked = strengths
            .Where(entry => !tiers.ContainsKey(entry.Key) && entry.Value > 0)
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal);
        var layer = 0;
        var placed = 0;
        foreach (var (key, _) in ranked)
        {
            while (layer < CumulativeSizes.Length && placed + taken[..(layer + 1)].Sum() >= CumulativeSizes[layer]) layer++;
            tiers[key] = (Tier)(layer + 1);
            placed++;
        }
        foreach (var key in strengths.Keys) tiers.TryAdd(key, Tier.Weak);
        return tiers;
    }
}
