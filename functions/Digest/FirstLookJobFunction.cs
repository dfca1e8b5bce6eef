using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Digest;
using NudgeService.Application.Telemetry;
using NudgeService.Infrastructure.Queues;

namespace NudgeService.Functions.Digest;

/// <summary>
/// Sends a newly connected user's first look. Failures are retried as digest jobs are (host.json's
/// queue settings hold for every queue), then the message moves to first-look-jobs-poison; the
/// weekly slot still serves the user.
/// </summary>
public sealed class FirstLookJobFunction(FirstLook firstLook, NudgeMetrics metrics)
{
    [Function("first-look-job")]
    public async Task Run([QueueTrigger(IFirstLookQueue.Name)] string message, long dequeueCount, CancellationToken cancellationToken)
    {
        try
        {
            await firstLook.RunAsync(DigestJobMessages.Deserialize(message), cancellationToken);
        }
        catch when (dequeueCount >= DigestJobFunction.LastAttempt)
        {
            metrics.JobPoisoned();
            throw;
        }
    }
}
