namespace NudgeService.Domain.Relationships;

/// <summary>
/// How cold a tie is: the chance, under the <see cref="SilenceModel"/>, that it stays silent over
/// the horizon, averaged (geometrically) with the same chance computed as if the last time the
/// person was seen around (copied on a thread, in a meeting) were an interaction. Someone who
/// still shows up in the user's mail is rarely gone; someone who vanished from it usually is.
/// Rates drift, so the chance is also judged from the last horizon alone (the last quarter speaks
/// for the next) and the two views are pooled geometrically.
/// </summary>
public static class ColdScore
{
    /// <param name="recent">The same tie's history over the last horizon only; empty when it was silent all along.</param>
    public static double Of(SilenceModel model, TieHistory history, TieHistory recent, double scale, DateOnly? lastSeen, double horizonDays)
    {
        var whole = Of(model, history, scale, lastSeen, horizonDays);
        var lately = recent.ActiveDays == 0 ? 1.0 : Of(model, recent, scale, lastSeen, horizonDays);
        return Math.Sqrt(whole * lately);
    }

    /// <param name="lastSeen">The last day the person appeared in any mail or meeting of the user, interaction or not.</param>
    private static double Of(SilenceModel model, TieHistory history, double scale, DateOnly? lastSeen, double horizonDays)
    {
        var silent = model.ProbabilityOfSilence(history, scale, horizonDays);
        if (lastSeen is not { } seen || history.LastDay is not { } last || seen <= last) return silent;
        var aroundSince = history with { SpanDays = history.SpanDays + (seen.DayNumber - last.DayNumber), LastDay = seen };
        return Math.Sqrt(silent * model.ProbabilityOfSilence(aroundSince, scale, horizonDays));
    }
}
