namespace NudgeService.Domain.Relationships;

/// <summary>
/// Minimises a smooth function of a few variables without derivatives (Nelder–Mead simplex with
/// the standard coefficients). Deterministic: the same start gives the same answer.
/// </summary>
internal static class NelderMead
{
    public static double[] Minimize(Func<double[], double> function, double[] start, double step, int maxIterations, double tolerance)
    {
        var n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0) points[i][i - 1] += step;
            values[i] = function(points[i]);
        }
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
            points = [.. order.Select(i => points[i])];
            values = [.. order.Select(i => values[i])];
            if (Math.Abs(values[n] - values[0]) <= tolerance * (Math.Abs(values[0]) + tolerance)) break;

            var centroid = new double[n];
            for (var i = 0; i < n; i++) for (var d = 0; d < n; d++) centroid[d] += points[i][d] / n;
            double[] Toward(double t) => [.. centroid.Select((c, d) => c + t * (points[n][d] - c))];

            var reflected = Toward(-1);
            var reflectedValue = function(reflected);
            if (reflectedValue < values[0])
            {
                var expanded = Toward(-2);
                var expandedValue = function(expanded);
                (points[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue < values[n - 1])
            {
                (points[n], values[n]) = (reflected, reflectedValue);
            }
            else
            {
                var contracted = reflectedValue < values[n] ? Toward(-0.5) : Toward(0.5);
                var contractedValue = function(contracted);
                if (contractedValue < Math.Min(values[n], reflectedValue))
                {
                    (points[n], values[n]) = (contracted, contractedValue);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        points[i] = [.. points[i].Select((x, d) => points[0][d] + 0.5 * (x - points[0][d]))];
                        values[i] = function(points[i]);
                    }
                }
            }
        }
        return points[Array.IndexOf(values, values.Min())];
    }
}
