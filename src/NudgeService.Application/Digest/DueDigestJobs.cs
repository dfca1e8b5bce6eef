using Microsoft.Extensions.Logging;
using NudgeService.Application.Accounts;

namespace NudgeService.Application.Digest;

/// <summary>
/// The hourly fan-out: one digest job per user whose slot has come and whose week has no digest
/// yet. A job still unfinished an hour later is queued again; the week's record keeps it to one
/// digest however many deliveries there are.
/// </summary>
public sealed class DueDigestJobs(IDigestSchedule schedule, IDigestStore digests, IUserStore users, ScheduleEntries scheduleEntries, IDigestJobQueue jobs, TimeProvider time, ILogger<DueDigestJobs> logger)
{
    public async Task<int> EnqueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var enqueued = 0;
        foreach (var due in await schedule.DueAsync(now, cancellationToken))
        {
            var record = await digests.FindAsync(due.UserId, due.Week, cancellationToken);
            if (record is { IsFinal: true })
            {
                // The run that finished the week stopped before moving the entry on.
                if (await users.FindAsync(due.UserId, cancellationToken) is { } account) await scheduleEntries.AdvanceAsync(account, due.Week, now, cancellationToken);
                else await schedule.RemoveAsync(due.UserId, cancellationToken);
                continue;
            }
            await jobs.EnqueueAsync(new DigestJob(due.UserId, due.Week.ToString()), cancellationToken);
            enqueued++;
        }
        logger.LogInformation("Digest schedule at {Now:u}: {Count} jobs queued", now, enqueued);
        return enqueued;
    }
}
