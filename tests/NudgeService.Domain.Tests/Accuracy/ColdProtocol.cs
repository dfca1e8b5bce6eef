using NudgeService.Cli.Ties;

namespace NudgeService.Domain.Tests.Accuracy;

/// <summary>
/// The going-cold protocol of tests/data/README.md: at a cutoff T, an owner's active ties
/// have at least 3 interactions in [T−365 d, T) and one in [T−180 d, T); a tie lapses when it
/// has none in [T, T+90 d).
/// </summary>
internal static class ColdProtocol
{
    public sealed record ActiveTie(string Owner, string Contact, DateOnly Cutoff, bool Lapsed, IReadOnlyList<DateTimeOffset> Before);

    public static IEnumerable<ActiveTie> ActiveTies(InteractionLog log, DateOnly cutoff)
    {
        var at = new DateTimeOffset(cutoff.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var (owner, contacts) in log.ByOwner)
        {
            foreach (var (contact, interactions) in contacts)
            {
                var before = interactions.Where(i => i.At < at).Select(i => i.At).ToList();
                var lastYear = before.Count(t => t >= at.AddDays(-365));
                if (lastYear < 3 || !before.Any(t => t >= at.AddDays(-180))) continue;
                var lapsed = !interactions.Any(i => i.At >= at && i.At < at.AddDays(90));
                yield return new ActiveTie(owner, contact, cutoff, lapsed, before);
            }
        }
    }

    /// <summary>The README's baselines, higher is colder.</summary>
    public static IReadOnlyList<(string Name, Func<ActiveTie, double> Score)> Baselines { get; } =
    [
        ("days of silence (recency)", tie => Silence(tie)),
        ("silence ÷ mean gap", tie => Silence(tie) / Math.Max(MeanGap(tie), 1e-9)),
        ("silence > 8 × mean gap", tie => Silence(tie) > 8 * MeanGap(tie) ? 1 : 0),
        ("silence > 30 days", tie => Silence(tie) > 30 ? 1 : 0),
    ];

    private static double Silence(ActiveTie tie) =>
        (new DateTimeOffset(tie.Cutoff.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - tie.Before.Max()).TotalDays;

    private static double MeanGap(ActiveTie tie) =>
        (tie.Before.Max() - tie.Before.Min()).TotalDays / (tie.Before.Count - 1);
}
