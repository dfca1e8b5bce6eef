using NudgeService.Application.Sync;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// The weekly sync per persona size, end to end (Azurite, the sandbox over loopback HTTP, the
/// real Graph SDK): the first backfill, a typical week played forward and a quiet week, each
/// beside a naive re-scan of the same window measured in the same run and beside the lower bound
/// recomputed from the page sizes the sandbox served. The large persona files its mail in 60
/// folders; the backfill's items are set beside what the sandbox itself holds in the window.
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
        var persona = PersonaGenerator.Generate(size, seed, Now);
        await using var user = await ConnectedMailbox.ConnectAsync(stack, persona);
        var backfill = await user.SyncAsync();
        var footprint = await user.FootprintAsync();
        var naiveBackfill = await user.NaiveRescanAsync();

        // Items the persona holds for the coming week arrive as the mailbox's clock passes them.
        user.Mailbox.Clock.Set(user.Mailbox.Clock.Now.AddDays(7));
        var typicalWeek = await user.SyncAsync();
        var quietWeek = await user.SyncAsync();
        var naiveWeek = await user.NaiveRescanAsync();
        var folders = user.Mailbox.Folders(user.Mailbox.CurrentWatermark()).Count;
        return new PersonaRun(size, folders, SandboxCount.InWindow(persona, Now), backfill, footprint, naiveBackfill, typicalWeek, quietWeek, naiveWeek);
    }

    private static void PrintBackfill(TextWriter output, List<PersonaRun> runs)
    {
        output.WriteLine($"Weekly sync, initial backfill — seed {Seed}, 365 days back and ahead; baselines: what the sandbox holds in the window (contacts, events, mail of the folders read),");
        output.WriteLine("a naive re-scan of the same window (list endpoints, /me/messages for mail, $top=1000) and the lower bound from the page sizes served (see SyncLowerBound)");
        output.WriteLine($"{"size",-7} {"folders",8} {"read",5} {"items",8} {"sandbox",8} {"pages c/cal/fold/mail",22} {"trips",6} {"reqs",6} {"MB",7} {"bound trips",12} {"× bound",8} {"naive items",12} {"naive trips",12} {"naive MB",9} {"% of Graph limit",17}");
        foreach (var run in runs)
        {
            var sync = run.Backfill;
            var naive = run.NaiveBackfill;
            var bound = SyncLowerBound.RoundTrips(sync.Result);
            output.WriteLine(
                $"{run.Size,-7} {run.Folders,8:N0} {sync.Result.Streams.Keys.Count(stream => stream.IsMail),5:N0} {ItemsRead(sync.Result),8:N0} {run.SandboxItems,8:N0} {PagesPerStream(sync.Result),22} {sync.Traffic.RoundTrips,6:N0} {sync.Traffic.Requests,6:N0} {Megabytes(sync.Traffic.ResponseBytes),7:N1} " +
                $"{bound,12:N0} {(double)sync.Traffic.RoundTrips / bound,8:N2} {naive.Result.Values.Sum(),12:N0} {naive.Traffic.RoundTrips,12:N0} {Megabytes(naive.Traffic.ResponseBytes),9:N1} " +
                $"{100.0 * sync.Traffic.Requests / GraphMailboxLimit,17:N1}");
        }
        output.WriteLine("(folders: all the mailbox has; read: those holding conversations, every one read whole because a filtered delta stops at 5,000 messages;");
        output.WriteLine(" items: contacts, events and mail of the window the sync handed to the ledger; sandbox: the same counted by the sandbox itself;");
        output.WriteLine(" trips: HTTP round trips, a $batch counting once; reqs: Graph requests, each one inside a $batch counted, as Graph's throttling counts them;");
        output.WriteLine(" MB: response bodies, less for the naive re-scan because the calendar's delta refuses $select and returns whole events, where the list returns six fields;");
        output.WriteLine($" % of Graph limit: the backfill's requests against {GraphMailboxLimit:N0} requests per 10 minutes per mailbox, all of them counted in one window)");
        var large = runs[^1].Backfill;
        output.WriteLine($"{runs[^1].Size} backfill: {large.Traffic.Requests:N0} requests in {large.Elapsed.TotalSeconds:N0} s, {GraphMailboxLimit - large.Traffic.Requests:N0} under Graph's {GraphMailboxLimit:N0} per 10 minutes");
    }

    private static void PrintWeeks(TextWriter output, List<PersonaRun> runs)
    {
        output.WriteLine("Weekly sync, incremental — typical week: the mailbox clock moved 7 days on; quiet week: synced again at once. Baselines: the naive re-scan, measured after the week, and the lower bound");
        output.WriteLine("(one $batch when every stream's changes fit in its first page). Goals: quiet week ≤ 2 trips, typical week ≤ 1.2 × the lower bound");
        output.WriteLine($"{"size",-7} {"folders",8} {"week",-8} {"items",7} {"read",5} {"pages c/cal/fold/mail",22} {"trips",6} {"reqs",5} {"KB",9} {"bound trips",12} {"× bound",8} {"naive trips",12} {"naive KB",10} {"naive ÷ sync trips",19}");
        foreach (var run in runs)
        {
            foreach (var (name, week) in new[] { ("typical", run.TypicalWeek), ("quiet", run.QuietWeek) })
            {
                var bound = SyncLowerBound.RoundTrips(week.Result);
                output.WriteLine(
                    $"{run.Size,-7} {run.Folders,8:N0} {name,-8} {ItemsRead(week.Result),7:N0} {week.Result.Streams.Keys.Count(stream => stream.IsMail),5:N0} {PagesPerStream(week.Result),22} {week.Traffic.RoundTrips,6:N0} {week.Traffic.Requests,5:N0} {Kilobytes(week.Traffic.ResponseBytes),9:N1} " +
                    $"{bound,12:N0} {(double)week.Traffic.RoundTrips / bound,8:N2} {run.NaiveWeek.Traffic.RoundTrips,12:N0} {Kilobytes(run.NaiveWeek.Traffic.ResponseBytes),10:N0} " +
                    $"{(double)run.NaiveWeek.Traffic.RoundTrips / week.Traffic.RoundTrips,19:N1}");
            }
        }
        output.WriteLine("(read: mail folders whose delta was asked this week: those read longest ago, in the first $batch, and those where mail changed)");
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

    private static int ItemsRead(SyncReport report) => report.Streams.Where(pair => pair.Key != MailboxStream.Folders).Sum(pair => pair.Value.Items);

    /// <summary>Pages of the contacts, the calendar, the folder hierarchy, and all mail folders together.</summary>
    private static string PagesPerStream(SyncReport report) =>
        string.Join('/', new[] { StreamKind.Contacts, StreamKind.Calendar, StreamKind.Folders }.Select(kind => report.Streams.Where(pair => pair.Key.Kind == kind).Sum(pair => pair.Value.Pages))
            .Append(report.Streams.Where(pair => pair.Key.IsMail).Sum(pair => pair.Value.Pages)));

    private static double Megabytes(long bytes) => bytes / 1048576.0;

    private static double Kilobytes(long bytes) => bytes / 1024.0;

    private sealed record PersonaRun(
        PersonaSize Size,
        int Folders,
        int SandboxItems,
        MeasuredPhase<SyncReport> Backfill,
        StorageFootprint Footprint,
        MeasuredPhase<IReadOnlyDictionary<string, int>> NaiveBackfill,
        MeasuredPhase<SyncReport> TypicalWeek,
        MeasuredPhase<SyncReport> QuietWeek,
        MeasuredPhase<IReadOnlyDictionary<string, int>> NaiveWeek);
}
