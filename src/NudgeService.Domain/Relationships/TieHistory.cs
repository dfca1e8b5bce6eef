using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Relationships;

/// <summary>
/// The rhythm of one tie before a day: distinct days with an interaction, so that a day of
/// twenty mails counts once and a burst does not pass for a habit.
/// </summary>
/// <param name="ActiveDays">Distinct days with at least one interaction.</param>
/// <param name="AgeDays">Days from the first of them to today.</param>
/// <param name="SpanDays">Days from the first of them to the last.</param>
public sealed record TieHistory(int ActiveDays, int AgeDays, int SpanDays, DateOnly? LastDay)
{
    public static readonly TieHistory Empty = new(0, 0, 0, null);

    /// <summary>Repeat interactions after the first day, the count a rate is estimated from.</summary>
    public int Repeats => Math.Max(0, ActiveDays - 1);

    public int SilenceDays => AgeDays - SpanDays;

    /// <summary>The touches (in day order, as the ledger keeps them) before <paramref name="today"/> and no older than <paramref name="windowDays"/>.</summary>
    public static TieHistory Of(IReadOnlyList<Touch> touches, DateOnly today, int windowDays)
    {
        var earliest = today.AddDays(-windowDays);
        DateOnly? first = null, last = null;
        var activeDays = 0;
        foreach (var touch in touches)
        {
            if (touch.Day >= today || touch.Day < earliest || touch.Day <= last) continue;
            first ??= touch.Day;
            last = touch.Day;
            activeDays++;
        }
        if (first is not { } start || last is not { } end) return Empty;
        return new TieHistory(activeDays, today.DayNumber - start.DayNumber, end.DayNumber - start.DayNumber, end);
    }
}
