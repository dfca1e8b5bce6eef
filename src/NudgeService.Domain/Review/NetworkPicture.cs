using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>A person's dot on the picture, in a square of side 2 centred on the user (x right, y down).</summary>
public sealed record PictureDot(string Key, Tier Tier, TieTrend Trend, double X, double Y);

/// <summary>The slice of the rings one organisation (or the user's own, or no organisation) takes.</summary>
/// <param name="Label">The organisation's name; empty for the user's own organisation, null for people of no organisation.</param>
public sealed record PictureSector(string? Label, bool IsOwn, double StartAngle, double EndAngle, int People);

/// <summary>Where everything goes on the picture of the network: rings by layer, slices by organisation.</summary>
/// <param name="WeakTiesLeftOut">Weak ties beyond the ones drawn, so that the outer ring stays legible.</param>
public sealed record NetworkPicture(IReadOnlyList<PictureDot> Dots, IReadOnlyList<PictureSector> Sectors, int WeakTiesLeftOut)
{
    /// <summary>Outer edge of each layer's ring, as a share of the picture's half-width, closest first.</summary>
    public static readonly IReadOnlyList<double> RingEdges = [0.2, 0.38, 0.56, 0.74, 0.92];

    /// <summary>The strongest weak ties drawn: beyond this the outer ring is a blur.</summary>
    public const int MostWeakTies = 150;

    /// <summary>
    /// Places are derived from stable hashes of names, not from ranks, so that next week's picture
    /// (a few new people, a few changed layers) moves few dots, and the same review draws the same picture.
    /// </summary>
    public static NetworkPicture Of(IReadOnlyList<ReviewedTie> ties)
    {
        var weak = ties.Where(tie => tie.Tier == Tier.Weak).OrderByDescending(tie => tie.Strength).ThenBy(tie => tie.Key, StringComparer.Ordinal).ToList();
        var drawn = ties.Where(tie => tie.Tier != Tier.Weak).Concat(weak.Take(MostWeakTies)).ToList();
        var groups = drawn
            .GroupBy(tie => tie.Organisation is { IsOwn: true } ? "\u0001own" : tie.Organisation?.Key ?? "\u0002none", StringComparer.Ordinal)
            .OrderBy(group => StableHash(group.Key))
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        var dots = new List<PictureDot>(drawn.Count);
        var sectors = new List<PictureSector>(groups.Count);
        var angle = -Math.PI / 2;
        foreach (var group in groups)
        {
            var width = 2 * Math.PI * group.Count() / Math.Max(1, drawn.Count);
            var first = group.First();
            sectors.Add(new PictureSector(first.Organisation is { IsOwn: true } ? "" : first.Organisation?.Name, first.Organisation?.IsOwn ?? false, angle, angle + width, group.Count()));
            foreach (var tie in group)
            {
                var hash = StableHash(tie.Key);
                // A margin at each side of the slice keeps neighbouring organisations apart.
                var at = angle + width * (0.08 + 0.84 * (hash % 10_000) / 10_000.0);
                var tier = (int)tie.Tier - 1;
                var inner = tier == 0 ? 0.08 : RingEdges[tier - 1];
                var radius = inner + (RingEdges[tier] - inner) * (0.2 + 0.6 * (hash / 10_000 % 1_000) / 1_000.0);
                dots.Add(new PictureDot(tie.Key, tie.Tier, tie.Trend, radius * Math.Cos(at), radius * Math.Sin(at)));
            }
            angle += width;
        }
        return new NetworkPicture(dots, sectors, Math.Max(0, weak.Count - MostWeakTies));
    }

    /// <summary>FNV-1a: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
