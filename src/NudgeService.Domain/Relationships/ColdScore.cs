namespace NudgeService.Domain.Relationships;

/// <summary>
/// How cold a tie is: the chance, under the <see cref="SilenceModel"/>, that it stays silent over
/// the horizon. Rates drift, so the chance is judged twice, once at the tie's lifetime pace and once
/// at its <see cref="FadingPace"/> (a tie that has been slowing down is colder than one with the same
/// lifetime average), and the two views are pooled geometrically. Each view is itself averaged
/// (geometrically) with the same chance computed as if the last time the person was seen around
/// (copied on a thread, in a meeting) were an interaction: someone who still shows up in the user's
/// mail is rarely gone; someone who vanished from it usually is.
/// </summary>
public static class ColdScore
{
    /// <param name="pace">The same tie's current pace.</param>
    /// <param name="lastSeen">The last day the person appeared in any mail or meeting of the user, interaction or not.</param>
    public static double Of(SilenceModel model, TieHistory history, FadingPace pace, double scale, DateOnly? lastSeen, double horizonDays)
    {
        var atLifetimePace = WithLastSeen(aliveUntil => model.ProbabilityOfSilence(aliveUntil, scale, horizonDays), history, lastSeen);
        var atCurrentPace = WithLastSeen(aliveUntil => model.ProbabilityOfSilence(aliveUntil, pace, scale, horizonDays), history, lastSeen);
        return Math.Sqrt(atLifetimePace * atCurrentPace);
    }

    private static double WithLastSeen(Func<TieHistory, double> probabilityOfSilence, TieHistory history, DateOnly? lastSeen)
    {
        var silent = probabilityOfSilence(history);
        if (lastSeen is not { } seen || history.LastDay is not { } last || seen <= last) return silent;
        var aroundSince = history with { SpanDays = history.SpanDays + (seen.DayNumber - last.DayNumber), LastDay = seen };
        return Math.Sqrt(silent * probabilityOfSilence(aroundSince));
    }
}
