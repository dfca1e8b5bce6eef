using System.CommandLine;
using System.Globalization;
using NudgeService.Domain.Relationships;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.MailboxLogs;

namespace NudgeService.Cli.Ties;

/// <summary>nudge ties: score every tie of every owner of an interaction log at one or more dates.</summary>
internal static class TiesCommand
{
    public static Command Create()
    {
        var log = new Option<FileInfo>("--log")
        {
            Description = "Interaction log (owner,timestamp_utc,folder,from,to,cc,subject or thread), quoted CSV, gzip-compressed or not; by default the Enron dev log kept in tests/data.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine(RepositoryLayout.Root, "tests", "data", "enron", "perry-wolfe-dev.csv.gz")),
        };
        var at = new Option<string>("--at") { Description = "Dates to score at, YYYY-MM-DD, comma-separated; only interactions before each date count.", Required = true };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv");
        var command = new Command("ties", "Score how cold each tie is in an interaction log, as CSV on standard output.") { log, at, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!TryParseDates(result.GetValue(at)!, out var dates, out var problem))
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }
            var file = result.GetValue(log)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"The log {file.FullName} does not exist.");
                return 2;
            }
            InteractionLog interactions;
            try
            {
                using var reader = LogFiles.OpenText(file.FullName);
                interactions = InteractionLog.Read(reader);
            }
            catch (Exception exception) when (exception is FormatException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"{file.FullName}: {exception.Message}");
                return 2;
            }
            ReportMalformed(interactions, file.Name);
            var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
            await using (output)
            {
                TieScoreCsv.Write(output, dates.SelectMany(date => LogTieScoring.At(interactions, date, RelationshipSettings.Default)));
            }
            return 0;
        });
        return command;
    }

    private static bool TryParseDates(string text, out List<DateOnly> dates, out string problem)
    {
        dates = [];
        problem = "";
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problem = $"--at: '{part}' is not a date in the form YYYY-MM-DD.";
                return false;
            }
            dates.Add(date);
        }
        if (dates.Count == 0) problem = "--at: give at least one date, YYYY-MM-DD.";
        return dates.Count > 0;
    }

    private static void ReportMalformed(InteractionLog log, string name)
    {
        if (log.Malformed.Count == 0) return;
        Console.Error.WriteLine($"{name}: skipped {log.Malformed.Count} malformed row(s) of {log.Rows}:");
        foreach (var problem in log.Malformed.Take(10)) Console.Error.WriteLine($"  {problem}");
        if (log.Malformed.Count > 10) Console.Error.WriteLine($"  … and {log.Malformed.Count - 10} more");
    }
}
