using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Digest;

namespace NudgeService.Functions.Digest;

public sealed class DigestScheduleFunction(DueDigestJobs dueJobs)
{
    /// <summary>Five minutes past every hour, so that slots on the hour are due when it runs.</summary>
    [Function("digest-schedule")]
    public Task Run([TimerTrigger("0 5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        dueJobs.EnqueueDueAsync(cancellationToken);
}
