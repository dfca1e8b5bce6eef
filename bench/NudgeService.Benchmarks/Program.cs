using NudgeService.Benchmarks;

// Figures only, each beside a baseline measured in the same run; nothing here passes or fails.
PersonaGenerationBenchmark.Run(Console.Out);
Console.Out.WriteLine();
await SandboxThroughputBenchmark.RunAsync(Console.Out);
Console.Out.WriteLine();
TieScoringBenchmark.Run(Console.Out);
Console.Out.WriteLine();
await WeeklySyncBenchmark.RunAsync(Console.Out);
