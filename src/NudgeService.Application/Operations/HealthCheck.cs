using Microsoft.Extensions.Logging;
using NudgeService.Application.Digest;

namespace NudgeService.Application.Operations;

/// <summary>What GET /api/health answers: whether storage answers, and how far the digest schedule is behind.</summary>
/// <param name="Overdue">Users whose slot passed more than one timer run ago and who are still due: the timer or the jobs are behind.</param>
/// <param name="DueNow">Users due at this moment, which the next timer run takes.</param>
/// <param name="Poisoned">Digest jobs waiting in digest-jobs-poison.</param>
public sealed record HealthReport(string Status, bool StorageReachable, int? Overdue, int? DueNow, int? Poisoned)
{
    public int HttpStatus => StorageReachable ? 200 : 503;
}

public sealed class HealthCheck(IDigestSchedule schedule, IPoisonedDigestJobs poisoned, TimeProvider time, ILogger<HealthCheck> logger)
{
    /// <summary>The timer runs at five past each hour; a slot older than one period and a margin has been missed by a run.</summary>
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromMinutes(70);

    /// <summary>Storage that has not answered by then counts as unreachable: a probe must not hang.</summary>
    public static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(10);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StorageTimeout);
        try
        {
            var now = time.GetUtcNow();
            var due = await schedule.DueAsync(now, timeout.Token);
            var overdue = due.Count(entry => entry.Slot <= now - OverdueAfter);
            var waiting = await poisoned.CountAsync(timeout.Token);
            return new HealthReport(overdue == 0 && waiting == 0 ? "ok" : "behind", true, overdue, due.Count, waiting);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(failure, "Health check: storage did not answer");
            return new HealthReport("storage unreachable", false, null, null, null);
        }
    }
}
