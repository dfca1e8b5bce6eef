namespace NudgeService.Domain.Relationships;

/// <summary>
/// How ties keep going and how they stop, as a beta-geometric / negative-binomial model (Fader,
/// Hardie and Lee, 2005): while a tie is alive its interaction days arrive at a rate that differs
/// per tie (gamma distributed, shape <see cref="Shape"/>, scale <see cref="Scale"/> days); after each
/// interaction day it may end with a probability that differs per tie (beta distributed, <see cref="EndA"/>,
/// <see cref="EndB"/>). A tie's own history updates both, so a long history speaks for itself and a
/// short one leans on the population; silence that is long for the tie's rate means it probably ended.
/// </summary>
public sealed record SilenceModel(double Shape, double Scale, double EndA, double EndB)
{
    /// <summary>A neutral start for fitting: a tie every month or so, one in four interactions the last.</summary>
    public static readonly SilenceModel Default = new(1.0, 30.0, 1.0, 3.0);

    /// <summary>Probability that the tie is still alive today, given its history and a prior scale (days).</summary>
    public double ProbabilityAlive(TieHistory history, double scale)
    {
        if (history.Repeats == 0) return 1.0;
        var x = history.Repeats;
        var logOdds = Math.Log(EndA / (EndB + x - 1)) + (Shape + x) * Math.Log((scale + history.AgeDays) / (scale + history.SpanDays));
        return 1.0 / (1.0 + Math.Exp(logOdds));
    }

    /// <summary>Probability of no interaction during the next <paramref name="horizonDays"/> days: the tie ended, or it lives on but stays quiet.</summary>
    public double ProbabilityOfSilence(TieHistory history, double scale, double horizonDays) =>
        EndedOrQuiet(history, QuietWhileAlive(history.Repeats, history.AgeDays, scale, horizonDays), scale);

    /// <summary>The same chance when the tie, if alive, keeps its current <paramref name="pace"/> rather than its lifetime average; whether it is alive is still judged from its whole history.</summary>
    public double ProbabilityOfSilence(TieHistory history, FadingPace pace, double scale, double horizonDays) =>
        EndedOrQuiet(history, QuietWhileAlive(pace.Repeats, pace.ExposureDays, scale, horizonDays), scale);

    private double EndedOrQuiet(TieHistory history, double quietWhileAlive, double scale) => 1.0 - ProbabilityAlive(history, scale) * (1.0 - quietWhileAlive);

    /// <summary>Under the posterior gamma rate (<paramref name="repeats"/> events over <paramref name="exposureDays"/>), the chance of none in the horizon.</summary>
    private double QuietWhileAlive(double repeats, double exposureDays, double scale, double horizonDays) =>
        Math.Pow((scale + exposureDays) / (scale + exposureDays + horizonDays), Shape + repeats);

    /// <summary>The usual gap between interaction days: the inverse of the tie's posterior mean rate, which leans on the prior when history is short.</summary>
    public double UsualGapDays(TieHistory history, double scale) => (scale + history.SpanDays) / (Shape + history.Repeats);

    /// <summary>Log-likelihood of one tie's history (interaction days and observation length) under this model.</summary>
    public double LogLikelihood(TieHistory history)
    {
        var x = history.Repeats;
        var common = LogGamma.Of(Shape + x) - LogGamma.Of(Shape) + Shape * Math.Log(Scale);
        var stillAlive = LogGamma.Beta(EndA, EndB + x) - LogGamma.Beta(EndA, EndB) - (Shape + x) * Math.Log(Scale + history.AgeDays);
        if (x == 0) return common + stillAlive;
        var endedAfterLast = LogGamma.Beta(EndA + 1, EndB + x - 1) - LogGamma.Beta(EndA, EndB) - (Shape + x) * Math.Log(Scale + history.SpanDays);
        var larger = Math.Max(stillAlive, endedAfterLast);
        return common + larger + Math.Log(Math.Exp(stillAlive - larger) + Math.Exp(endedAfterLast - larger));
    }
}
