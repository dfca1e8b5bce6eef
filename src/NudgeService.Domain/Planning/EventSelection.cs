using NudgeService.Domain.LifeEvents;

namespace NudgeService.Domain.Planning;

/// <summary>
/// Keeps a large network's week short: the dated events most worth a word, by what the event is
/// worth times how close the tie is, then in date order for reading.
/// </summary>
public static class EventSelection
{
    public static IReadOnlyList<PlanItem> Pick(IReadOnlyList<PlanItem> events, int count) =>
        [.. events
            .OrderByDescending(item => KindWeight(item.Event!.Kind) * ReconnectValue.TierValue(item.Tie?.Tier ?? Relationships.Tier.Weak))
            .ThenBy(item => item.Event!.Date)
            .ThenBy(item => item.Key, StringComparer.Ordinal)
            .Take(Math.Max(count, 0))
            .OrderBy(item => item.Event!.Date)
            .ThenBy(item => item.Event!.Kind)
            .ThenBy(item => item.Key, StringComparer.Ordinal)];

    /// <summary>A change in someone's working life comes once; a birthday every year; a meeting is already in the diary.</summary>
    private static double KindWeight(LifeEventKind kind) => kind switch
    {
        LifeEventKind.NewRole or LifeEventKind.JobLoss => 1.0,
        LifeEventKind.Birthday => 0.8,
        LifeEventKind.NewDomain => 0.6,
        _ => 0.5,
    };
}
