namespace NudgeService.Domain.Tests.Accuracy;

/// <summary>ROC AUC (ties share ranks) and mean precision@k over groups.</summary>
internal static class RankingQuality
{
    public static double Auc(IReadOnlyList<(double Score, bool Positive)> items)
    {
        var sorted = items.OrderBy(item => item.Score).ToList();
        double positiveRankSum = 0;
        var positives = 0;
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1].Score == sorted[i].Score) j++;
            var rank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++)
            {
                if (!sorted[k].Positive) continue;
                positiveRankSum += rank;
                positives++;
            }
            i = j + 1;
        }
        var negatives = sorted.Count - positives;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>Mean over groups of the share of positives among each group's <paramref name="k"/> highest scores (ties broken by the order given).</summary>
    public static double MeanPrecisionAt<TGroup>(IEnumerable<(TGroup Group, double Score, bool Positive)> items, int k) =>
        items.GroupBy(item => item.Group)
            .Select(group => group.OrderByDescending(item => item.Score).Take(k).ToList())
            .Average(top => top.Count(item => item.Positive) / (double)top.Count);
}
