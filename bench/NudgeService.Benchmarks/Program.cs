using NudgeService.Benchmarks;

// Figures only, each beside a baseline measured in the same run; nothing here passes or fails.
// Arguments name the benchmarks to run (personas, sandbox, ties, sync, digest, variety); none runs them all.
var only = args.ToHashSet(StringComparer.OrdinalIgnoreCase);
var benchmarks = new (string Name, Func<Task> Run)[]
{
    ("personas", () => { PersonaGenerationBenchmark.Run(Console.Out); return Task.CompletedTask; }),
    ("sandbox", () => SandboxThroughputBenchmark.RunAsync(Console.Out)),
    ("ties", () => { TieScoringBenchmark.Run(Console.Out); return Task.CompletedTask; }),
    ("sync", () => WeeklySyncBenchmark.RunAsync(Console.Out)),
    ("digest", () => DigestWeekBenchmark.RunAsync(Console.Out)),
    ("variety", () => DraftVarietyBenchmark.RunAsync(Console.Out)),
};
foreach (var (name, run) in benchmarks.Where(benchmark => only.Count == 0 || only.Contains(benchmark.Name)))
{
    await run();
    Console.Out.WriteLine();
}
