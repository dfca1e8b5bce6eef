namespace NudgeService.Domain.Relationships;

/// <summary>
/// Fits <see cref="SilenceModel"/> to the ties at hand by maximum likelihood (empirical Bayes):
/// the population of one user's ties, or of a whole log, sets the prior each tie is shrunk toward.
/// </summary>
public static class SilenceModelFit
{
    /// <summary>Below this many ties with repeat interactions the data cannot pin four parameters down.</summary>
    private const int MinimumTies = 20;

    public static SilenceModel To(IEnumerable<TieHistory> histories)
    {
        var groups = histories
            .Where(history => history.ActiveDays > 0)
            .GroupBy(history => (history.Repeats, history.AgeDays, history.SpanDays))
            .Select(group => (History: group.First(), Count: group.Count()))
            .ToList();
        if (groups.Sum(group => group.History.Repeats > 0 ? group.Count : 0) < MinimumTies) return SilenceModel.Default;

        var total = groups.Sum(group => group.Count);
        double NegativeMeanLogLikelihood(double[] logParameters)
        {
            var model = FromLog(logParameters);
            var sum = 0.0;
            foreach (var (history, count) in groups) sum += count * model.LogLikelihood(history);
            return double.IsFinite(sum) ? -sum / total : double.MaxValue;
        }

        var start = SilenceModel.Default;
        double[] logStart = [Math.Log(start.Shape), Math.Log(start.Scale), Math.Log(start.EndA), Math.Log(start.EndB)];
        return FromLog(NelderMead.Minimize(NegativeMeanLogLikelihood, logStart, step: 0.5, maxIterations: 600, tolerance: 1e-9));
    }

    /// <summary>Parameters are searched on a log scale, which keeps them positive; the clamp keeps the search away from overflow.</summary>
    private static SilenceModel FromLog(double[] logParameters)
    {
        double Positive(double value) => Math.Exp(Math.Clamp(value, -10, 12));
        return new SilenceModel(Positive(logParameters[0]), Positive(logParameters[1]), Positive(logParameters[2]), Positive(logParameters[3]));
    }
}
