using NudgeService.Application.Sync;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// The weekly sync per persona size, end to end (Azurite, the sandbox over loopback HTTP, the
/// real Graph SDK): the first backfill, a typical week played forward and a quiet week, each
/// beside a naive re-scan of the same window measured in the same run and beside the lower bound.
/// </summary>
public static class WeeklySyncBenchmark
{
    private const int Seed = 1;
    private const int GraphMailboxLimit = 10_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(TextWriter output)
    {
        await using var stack = await LocalStack.StartAsync();
        // A first run pays for JIT compilation and cold connections; it is left out of the figures.
        await RunPersonaAsync(stack, PersonaSize.Small, Seed + 1);
        var runs = new List<PersonaRun>();
        foreach (var size in Enum.GetValues<PersonaSize>()) runs.Add(await RunPersonaAsync(stack, size, Seed));

        PrintBackfill(output, runs);
        output.WriteLine();
        PrintWeeks(output, runs);
        output.WriteLine();
        PrintCostPerUser(output, runs);
    }

    private static async Task<PersonaRun> RunPersonaAsync(LocalStack stack, PersonaSize size, int seed)
    {
        await using var user = await ConnectedMailbox.ConnectAsync(stack, PersonaGenerator.Generate(size, seed, Now));
        var backfill = await user.SyncAsync();
        var footprint = await user.FootprintAsync();
        var naiveBackfill = await user.NaiveRescanAsync();

        // Items the persona holds for the coming week arrive as the mailbox's clock passes them.
        user.Mailbox.Clock.Set(user.Mailbox.Clock.Now.AddDays(7));
        var typicalWeek = await user.SyncAsync();
        var quietWeek = await user.SyncAsync();
        var naiveWeek = await user.NaiveRescanAsync();
        return new PersonaRun(size, backfill, footprint, naiveBackfill, typicalWeek, quietWeek, naiveWeek);
    }

    private static void PrintBackfill(TextWriter output, List<PersonaRun> runs)
    {
        output.WriteLine($"Weekly sync, initial backfill — seed {Seed}, 365 days back and ahead; baselines: a naive re-scan of the same window (list endpoints, $top={SyncLowerBound.MaxPageSize}) and the lower bound:");
        output.WriteLine($"Σ ceil(items ÷ {SyncLowerBound.MaxPageSize:N0}) per stream, in round trips with every stream's first request in one $batch");
        output.WriteLine($"{"size",-7} {"items",8} {"pages c/cal/in/sent",20} {"trips",6} {"reqs",5} {"MB",7} {"bound trips",12} {"× bound",8} {"naive items",12} {"naive trips",12} {"naive MB",9} {"naive ÷ sync MB",16} {"% of Graph limit",17}");
        foreach (var run in runs)
        {
            var sync = run.Backfill;
            var naive = run.NaiveBackfill;
            var bound = SyncLowerBound.RoundTrips(ItemsPerStream(sync.Result));
            output.WriteLine(
                $"{run.Size,-7} {ItemsPerStream(sync.Result).Sum(),8:N0} {PagesPerStream(sync.Result),20} {sync.Traffic.RoundTrips,6:N0} {sync.Traffic.Requests,5:N0} {Megabytes(sync.Traffic.ResponseBytes),7:N1} " +
                $"{bound,12:N0} {(double)sync.Traffic.RoundTrips / bound,8:N2} {naive.Result.Values.Sum(),12:N0} {naive.Traffic.RoundTrips,12:N0} {Megabytes(naive.Traffic.ResponseBytes),9:N1} " +
                $"{(double)naive.Traffic.ResponseBytes / sync.Traffic.ResponseBytes,16:N2} {100.0 * sync.Traffic.Requests / GraphMailboxLimit,17:N1}");
        }
        output.WriteLine("(trips: HTTP round trips, a $batch counting once; reqs: Graph requests, each one inside a $batch counted, as Graph's throttling counts them;");
        output.WriteLine(" MB: response bodies, less for the naive re-scan because the calendar's delta refuses $select and returns whole events, where the list returns six fields;");
        output.WriteLine($" % of Graph limit: the backfill's requests against {GraphMailboxLimit:N0} requests per 10 minutes per mailbox, all of them counted in one window)");
        var large = runs[^1].Backfill;
        output.WriteLine($"{runs[^1].Size} backfill: {large.Traffic.Requests:N0} requests in {large.Elapsed.TotalSeconds:N0} s, {GraphMailboxLimit - large.Traffic.Requests:N0} under Graph's {GraphMailboxLimit:N0} per 10 minutes");
    }

    private static void PrintWeeks(TextWriter output, List<PersonaRun> runs)
    {
        output.WriteLine("Weekly sync, incremental — typical week: the mailbox clock moved 7 days on; quiet week: synced again at once. Baselines: the naive re-scan, measured after the week, and the lower bound");
        output.WriteLine("(one $batch when every stream's changes fit in its first page). Goals: quiet week ≤ 2 trips, typical week ≤ 1.2 × the lower bound");
        output.WriteLine($"{"size",-7} {"week",-8} {"items",7} {"pages c/cal/in/sent",20} {"trips",6} {"reqs",5} {"KB",9} {"bound trips",12} {"× bound",8} {"naive trips",12} {"naive KB",10} {"naive ÷ sync trips",19}");
        foreach (var run in runs)
        {
            foreach (var (name, week) in new[] { ("typical", run.TypicalWeek), ("quiet", run.QuietWeek) })
            {
                var bound = SyncLowerBound.RoundTrips(ItemsPerStream(week.Result));
                output.WriteLine(
                    $"{run.Size,-7} {name,-8} {ItemsPerStream(week.Result).Sum(),7:N0} {PagesPerStream(week.Result),20} {week.Traffic.RoundTrips,6:N0} {week.Traffic.Requests,5:N0} {Kilobytes(week.Traffic.ResponseBytes),9:N1} " +
                    $"{bound,12:N0} {(double)week.Traffic.RoundTrips / bound,8:N2} {run.NaiveWeek.Traffic.RoundTrips,12:N0} {Kilobytes(run.NaiveWeek.Traffic.ResponseBytes),10:N0} " +
                    $"{(double)run.NaiveWeek.Traffic.RoundTrips / week.Traffic.RoundTrips,19:N1}");
            }
        }
    }

    private static void PrintCostPerUser(TextWriter output, List<PersonaRun> runs)
    {
        output.WriteLine("Weekly sync, cost per user — wall-clock ms; memory: managed bytes allocated by the process and peak managed heap above the start, sampled every 5 ms");
        output.WriteLine("(the sandbox serves Graph from the same process, so both include its side); stored: Table entities of the user sized with Azure's formula");
        output.WriteLine($"{"size",-7} {"backfill ms",12} {"naive ms",9} {"typical ms",11} {"quiet ms",9} {"backfill alloc MB",18} {"naive alloc MB",15} {"backfill peak MB",17} {"typical alloc MB",17} {"typical peak MB",16} {"written KB",11} {"ledger rows",12} {"ledger KB",10} {"stored KB",10}");
        foreach (var run in runs)
        {
            output.WriteLine(
                $"{run.Size,-7} {run.Backfill.Elapsed.TotalMilliseconds,12:N0} {run.NaiveBackfill.Elapsed.TotalMilliseconds,9:N0} {run.TypicalWeek.Elapsed.TotalMilliseconds,11:N0} {run.QuietWeek.Elapsed.TotalMilliseconds,9:N0} " +
                $"{Megabytes(run.Backfill.Memory.AllocatedBytes),18:N1} {Megabytes(run.NaiveBackfill.Memory.AllocatedBytes),15:N1} {Megabytes(run.Backfill.Memory.PeakHeapBytes),17:N1} {Megabytes(run.TypicalWeek.Memory.AllocatedBytes),17:N1} {Megabytes(run.TypicalWeek.Memory.PeakHeapBytes),16:N1} " +
                $"{Kilobytes(run.Backfill.Result.BytesWritten),11:N0} {run.Footprint.LedgerRows,12:N0} {Kilobytes(run.Footprint.LedgerBytes),10:N0} {Kilobytes(run.Footprint.TotalBytes),10:N0}");
        }
        output.WriteLine("(naive ms and alloc: the naive re-scan of the backfill window, the baseline; written KB: what the backfill reported writing to the ledger;");
        output.WriteLine(" ledger and stored KB: read back from the tables after the backfill)");
    }

    private static IEnumerable<int> ItemsPerStream(SyncReport report) => Enum.GetValues<MailboxStream>().Select(stream => report.Streams.TryGetValue(stream, out var outcome) ? outcome.Items : 0);

    private static string PagesPerStream(SyncReport report) =>
        string.Join('/', Enum.GetValues<MailboxStream>().Select(stream => report.Streams.TryGetValue(stream, out var outcome) ? outcome.Pages : 0));

    private static double Megabytes(long bytes) => bytes / 1048576.0;

    private static double Kilobytes(long bytes) => bytes / 1024.0;

    private sealed record PersonaRun(
        PersonaSize Size,
        MeasuredPhase<SyncReport> Backfill,
        StorageFootprint Footprint,
        MeasuredPhase<IReadOnlyDictionary<MailboxStream, int>> NaiveBackfill,
        MeasuredPhase<SyncReport> TypicalWeek,
        MeasuredPhase<SyncReport> QuietWeek,
        MeasuredPhase<IReadOnlyDictionary<MailboxStream, int>> NaiveWeek);
}
