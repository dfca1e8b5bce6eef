using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// A user's whole week as the queue job runs it (sync, analysis, plan, drafts, rendering, send,
/// records), per persona size, beside two baselines measured in the same run: the naive re-scan of
/// the window a service without delta tokens would read every week, and the job's work without
/// the send (a preview: a quiet sync, then analysis to rendering).
/// </summary>
public static class DigestWeekBenchmark
{
    private const int Seed = 1;

    public static async Task RunAsync(TextWriter output)
    {
        await using var stack = await LocalStack.StartAsync();
        // A first run pays for JIT compilation and template parsing; it is left out of the figures.
        await RunPersonaAsync(stack, PersonaSize.Small, Seed + 2);
        var runs = new List<Run>();
        foreach (var size in Enum.GetValues<PersonaSize>()) runs.Add(await RunPersonaAsync(stack, size, Seed));

        output.WriteLine($"Weekly digest job per user — seed {Seed}, the persona's first digest slot after its backfill; baselines in the same run: a naive re-scan of the window, and a preview (the job without send and records)");
        output.WriteLine($"{"size",-7} {"outcome",8} {"items",6} {"job ms",8} {"trips",6} {"reqs",5} {"naive ms",9} {"naive trips",12} {"preview ms",11} {"send+records ms",16} {"HTML KB",8} {"digest+nudges KB",17} {"stored KB",10}");
        foreach (var run in runs)
        {
            output.WriteLine(
                $"{run.Size,-7} {run.Job.Result,8} {run.Items,6} {run.Job.Elapsed.TotalMilliseconds,8:N0} {run.Job.Traffic.RoundTrips,6:N0} {run.Job.Traffic.Requests,5:N0} " +
                $"{run.Naive.Elapsed.TotalMilliseconds,9:N0} {run.Naive.Traffic.RoundTrips,12:N0} {run.Preview.Elapsed.TotalMilliseconds,11:N0} {(run.Job.Elapsed - run.Preview.Elapsed).TotalMilliseconds,16:N0} " +
                $"{run.Preview.Result.Html.Length / 1024.0,8:N1} {run.Footprint.DigestBytes / 1024.0,17:N1} {run.Footprint.TotalBytes / 1024.0,10:N0}");
        }
        output.WriteLine("(job: the queue job's whole run with its incremental sync of the played week; trips and reqs: Graph round trips and requests it made;");
        output.WriteLine(" send+records ms: job minus preview, an estimate of the SendGrid call and the table writes; stored KB: every table of the user after the week)");
    }

    private static async Task<Run> RunPersonaAsync(LocalStack stack, PersonaSize size, int seed)
    {
        var zone = TimeZones.Of(PersonaGenerator.OwnerTimeZone(seed));
        var slot = new DigestSlot(DayOfWeek.Monday, 8).Next(zone, DateTimeOffset.UtcNow);
        await using var user = await ConnectedMailbox.ConnectAsync(stack, PersonaGenerator.Generate(size, seed, slot.AddDays(-7)));
        await user.SyncAsync();
        user.Mailbox.Clock.Set(slot.AddMinutes(5));
        var week = DigestWeek.Of(slot, zone);
        var job = await user.DigestWeekAsync(week);
        var preview = await user.PreviewAsync();
        var naive = await user.NaiveRescanAsync();
        var record = await user.DigestRecordAsync(week);
        return new Run(size, record?.NudgeIds.Count ?? 0, job, preview, naive, await user.FootprintAsync());
    }

    private sealed record Run(
        PersonaSize Size,
        int Items,
        MeasuredPhase<DigestRunOutcome> Job,
        MeasuredPhase<RenderedDigest> Preview,
        MeasuredPhase<IReadOnlyDictionary<string, int>> Naive,
        StorageFootprint Footprint);
}
