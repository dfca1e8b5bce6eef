using NudgeService.Application.Digest;
using NudgeService.Application.Telemetry;

namespace NudgeService.Application.Operations;

/// <summary>Reads how many digest jobs wait in the poison queue, for the metric the "poison queue not empty" alert reads.</summary>
public sealed class PoisonWatch(IPoisonedDigestJobs poisoned, NudgeMetrics metrics)
{
    public async Task<int> ReportAsync(CancellationToken cancellationToken)
    {
        var waiting = await poisoned.CountAsync(cancellationToken);
        metrics.PoisonQueueRead(waiting);
        return waiting;
    }
}
