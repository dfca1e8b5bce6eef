using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Relationships;

/// <summary>
/// A tie's pace as it is now rather than on average: each repeat interaction day, and each day the
/// tie was watched, counts less the older it is (weight e^(−age / <see cref="FadeDays"/>)). Fed to the
/// gamma–Poisson rate of the <see cref="SilenceModel"/> as discounted evidence, it makes a tie that
/// has been slowing down slower than its lifetime average says, and one that picked up faster.
/// </summary>
/// <param name="Repeats">Faded count of the interaction days after the first.</param>
/// <param name="ExposureDays">Faded number of days from the first interaction day to today.</param>
public sealed record FadingPace(double Repeats, double ExposureDays)
{
    /// <summary>About a month: last month's pace speaks for the coming quarter more than last year's.</summary>
    public const double FadeDays = 30;

    public static readonly FadingPace None = new(0, 0);

    /// <summary>The distinct interaction days (touches in day order, as the ledger keeps them) before <paramref name="today"/> and no older than <paramref name="windowDays"/>.</summary>
    public static FadingPace Of(IReadOnlyList<Touch> touches, DateOnly today, int windowDays)
    {
        var earliest = today.AddDays(-windowDays);
        DateOnly? first = null, last = null;
        var repeats = 0.0;
        foreach (var touch in touches)
        {
            if (touch.Day >= today || touch.Day < earliest || touch.Day <= last) continue;
            if (first is null) first = touch.Day;
            else repeats += Fade(today.DayNumber - touch.Day.DayNumber);
            last = touch.Day;
        }
        if (first is not { } start) return None;
        return new FadingPace(repeats, FadeDays * (1 - Fade(today.DayNumber - start.DayNumber)));
    }

    private static double Fade(int ageDays) => Math.Exp(-ageDays / FadeDays);
}
