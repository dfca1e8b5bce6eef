using System.Globalization;
using NudgeService.Cli.Ties;
using NudgeService.Domain.Relationships;
using NudgeService.Sandbox.MailboxLogs;
using NudgeService.Testing;
using Xunit.Abstractions;

namespace NudgeService.Domain.Tests.Accuracy;

/// <summary>The going-cold detector against the README's baselines on the Enron dev log, monthly cutoffs 2000-06-01 … 2001-02-01.</summary>
public sealed class EnronColdAccuracyTests(ITestOutputHelper output)
{
    private static readonly DateOnly[] Cutoffs = [.. Enumerable.Range(0, 9).Select(month => new DateOnly(2000, 6, 1).AddMonths(month))];

    [Fact]
    public void Cold_score_ranks_lapsing_ties_better_than_every_baseline()
    {
        InteractionLog log;
        using (var reader = LogFiles.OpenText(TestData.Path("enron", "perry-wolfe-dev.csv.gz"))) log = InteractionLog.Read(reader);

        var rows = new List<(ColdProtocol.ActiveTie Tie, double Score)>();
        foreach (var cutoff in Cutoffs)
        {
            var scores = LogTieScoring.At(log, cutoff, RelationshipSettings.Default)
                .ToDictionary(tie => (tie.Owner, tie.Assessment.Key), tie => tie.Assessment.ColdScore);
            rows.AddRange(ColdProtocol.ActiveTies(log, cutoff).Select(tie => (tie, scores[(tie.Owner, tie.Contact)])));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} active ties, {rows.Count(row => row.Tie.Lapsed) / (double)rows.Count:P1} lapse"));
        var mine = Report("cold score (this detector)", rows.Select(row => (row.Tie, row.Score)).ToList());
        var baselines = ColdProtocol.Baselines.Select(baseline => Report(baseline.Name, rows.Select(row => (row.Tie, baseline.Score(row.Tie))).ToList())).ToList();

        Assert.InRange(rows.Count, 5000, 5600);
        Assert.All(baselines, baseline => Assert.True(mine > baseline, $"AUC {mine:F3} is not above a baseline's {baseline:F3}"));
        Assert.True(mine >= 0.80, $"AUC {mine:F3}");
    }

    private double Report(string name, IReadOnlyList<(ColdProtocol.ActiveTie Tie, double Score)> scored)
    {
        var auc = RankingQuality.Auc([.. scored.Select(row => (row.Score, row.Tie.Lapsed))]);
        var precision = RankingQuality.MeanPrecisionAt(scored.Select(row => ((row.Tie.Owner, row.Tie.Cutoff), row.Score, row.Tie.Lapsed)), 3);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} AUC {auc:F3}  precision@3 {precision:F3}"));
        return auc;
    }
}
