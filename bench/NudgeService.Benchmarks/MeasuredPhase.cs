namespace NudgeService.Benchmarks;

/// <summary>One phase of a persona's run (a sync, a re-scan) and what it cost.</summary>
internal sealed record MeasuredPhase<T>(T Result, GraphTraffic Traffic, TimeSpan Elapsed, MemoryUse Memory);

/// <summary>Graph traffic of one mailbox as the sandbox counted it.</summary>
/// <param name="RoundTrips">HTTP requests, retries included; a $batch counts once.</param>
/// <param name="Requests">Graph operations, each request inside a $batch counted, as Graph's throttling counts them.</param>
/// <param name="ResponseBytes">Response bodies sent back.</param>
internal sealed record GraphTraffic(long RoundTrips, long Requests, long ResponseBytes);
