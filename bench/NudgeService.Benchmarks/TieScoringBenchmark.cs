using System.Diagnostics;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;

namespace NudgeService.Benchmarks;

/// <summary>
/// Tie scoring for the large persona: ties scored per second and memory allocated per tie by the
/// full assessment (model fit, tiers, cold score), beside the recency baseline (days since the
/// last interaction) measured on the same ledger in the same run.
/// </summary>
public static class TieScoringBenchmark
{
    private const int Runs = 5;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static void Run(TextWriter output)
    {
        var persona = PersonaGenerator.Generate(PersonaSize.Large, 1, Now);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZoneInfo.FindSystemTimeZoneById(persona.Owner.TimeZone)).DateTime);
        var ledger = Ledger(persona, today);

        output.WriteLine($"Tie scoring — large persona, {ledger.Count:N0} correspondents, {ledger.Sum(c => c.Touches.Count):N0} touches, median of {Runs} runs");
        output.WriteLine($"{"scorer",-26} {"ties/s",12} {"µs/tie",9} {"bytes/tie",10}");
        Report(output, "recency (baseline)", ledger, () => ledger.Select(c => today.DayNumber - c.Touches[^1].Day.DayNumber).Sum());
        Report(output, "cold score (full analysis)", ledger, () => RelationshipAnalyzer.Assess(ledger, today, RelationshipSettings.Default).Count);
    }

    private static void Report(TextWriter output, string name, List<Correspondent> ledger, Func<int> score)
    {
        score();
        var times = new List<double>();
        var bytes = new List<long>();
        for (var run = 0; run < Runs; run++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(score());
            times.Add(stopwatch.Elapsed.TotalSeconds);
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
        }
        var seconds = times.Order().ElementAt(Runs / 2);
        var allocated = bytes.Order().ElementAt(Runs / 2);
        output.WriteLine($"{name,-26} {ledger.Count / seconds,12:N0} {seconds * 1e6 / ledger.Count,9:N2} {allocated / (double)ledger.Count,10:N0}");
    }

    /// <summary>One correspondent per address the owner mailed or heard from, with its one-to-one and group mail as touches.</summary>
    private static List<Correspondent> Ledger(MailboxSeed persona, DateOnly today)
    {
        var touches = new Dictionary<string, List<Touch>>(StringComparer.OrdinalIgnoreCase);
        void Add(string address, Touch touch)
        {
            if (!touches.TryGetValue(address, out var list)) touches[address] = list = [];
            list.Add(touch);
        }
        foreach (var message in persona.Messages.Where(m => m.ReceivedAt <= persona.Now))
        {
            var day = DateOnly.FromDateTime(message.ReceivedAt.UtcDateTime);
            var audience = message.To.Count + message.Cc.Count;
            if (message.Folder == MailFolder.SentItems) foreach (var person in message.To.Concat(message.Cc)) Add(person.Address, new Touch(day, TouchKind.MailFromUser, audience));
            else if (message.Folder == MailFolder.Inbox) Add(message.From.Address, new Touch(day, TouchKind.MailToUser, audience));
        }
        return [.. touches.Select(pair => new Correspondent(pair.Key, pair.Key, [], [.. pair.Value.Where(t => t.Day < today).OrderBy(t => t.Day)])).Where(c => c.Touches.Count > 0)];
    }
}
