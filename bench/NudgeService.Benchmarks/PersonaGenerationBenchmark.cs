using System.Diagnostics;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// Persona generation per size: time (median of three runs), allocated and retained managed
/// memory, and the counts produced. The baseline is the small persona's cost per 1,000
/// messages, measured in the same run, so that every size reads against it.
/// </summary>
public static class PersonaGenerationBenchmark
{
    private const int Runs = 3;
    private const int Seed = 1;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static void Run(TextWriter output)
    {
        PersonaGenerator.Generate(PersonaSize.Small, Seed, Now);
        var rows = Enum.GetValues<PersonaSize>().Select(Measure).ToList();
        var baseline = rows[0].MillisecondsPerThousandMessages;

        output.WriteLine($"Persona generation — seed {Seed}, median of {Runs} runs; baseline: the small persona at {baseline:N2} ms per 1,000 messages");
        output.WriteLine($"{"size",-7} {"messages",9} {"contacts",9} {"events",8} {"ties",6} {"ms",8} {"ms/1k msg",10} {"× base",7} {"alloc MB",9} {"kept MB",8}");
        foreach (var row in rows)
        {
            output.WriteLine(
                $"{row.Size,-7} {row.Messages,9:N0} {row.Contacts,9:N0} {row.Events,8:N0} {row.Ties,6:N0} {row.Milliseconds,8:N0} " +
                $"{row.MillisecondsPerThousandMessages,10:N2} {row.MillisecondsPerThousandMessages / baseline,7:N2} {row.AllocatedBytes / 1048576.0,9:N1} {row.RetainedBytes / 1048576.0,8:N1}");
        }
    }

    private static Row Measure(PersonaSize size)
    {
        var times = new List<double>();
        var allocated = new List<long>();
        var retained = new List<long>();
        MailboxSeed? persona = null;
        for (var run = 0; run < Runs; run++)
        {
            persona = null;
            var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            persona = PersonaGenerator.Generate(size, Seed, Now);
            stopwatch.Stop();
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            retained.Add(GC.GetTotalMemory(forceFullCollection: true) - memoryBefore);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(persona);
        }
        var milliseconds = Median(times);
        var messages = persona!.Messages.Count;
        return new Row(size, messages, persona.Contacts.Count, persona.Events.Count, persona.GroundTruth?.Ties.Count ?? 0,
            milliseconds, milliseconds * 1000 / messages, Median(allocated), Median(retained));
    }

    private static T Median<T>(List<T> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed record Row(
        PersonaSize Size,
        int Messages,
        int Contacts,
        int Events,
        int Ties,
        double Milliseconds,
        double MillisecondsPerThousandMessages,
        long AllocatedBytes,
        long RetainedBytes);
}
