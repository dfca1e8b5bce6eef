using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Digest;
using NudgeService.Application.Telemetry;
using NudgeService.Infrastructure.Queues;

namespace NudgeService.Functions.Digest;

/// <summary>
/// Runs one user's week. An exception leaves the message on the queue for another try; after
/// host.json's maxDequeueCount tries it moves to digest-jobs-poison, and other users go on.
/// </summary>
public sealed class DigestJobFunction(WeeklyDigest digest, NudgeMetrics metrics)
{
    /// <summary>host.json's extensions.queues.maxDequeueCount: the try after which the host poisons the message.</summary>
    public const int LastAttempt = 4;

    [Function("digest-job")]
    public async Task Run([QueueTrigger(IDigestJobQueue.Name)] string message, long dequeueCount, CancellationToken cancellationToken)
    {
        try
        {
            await digest.RunAsync(DigestJobMessages.Deserialize(message), cancellationToken);
        }
        catch when (dequeueCount >= LastAttempt)
        {
            metrics.JobPoisoned();
            throw;
        }
    }
}
