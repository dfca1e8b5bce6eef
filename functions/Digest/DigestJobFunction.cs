using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Digest;
using NudgeService.Infrastructure.Queues;

namespace NudgeService.Functions.Digest;

/// <summary>
/// Runs one user's week. An exception leaves the message on the queue for another try; after
/// host.json's maxDequeueCount tries it moves to digest-jobs-poison, and other users go on.
/// </summary>
public sealed class DigestJobFunction(WeeklyDigest digest)
{
    [Function("digest-job")]
    public Task Run([QueueTrigger(IDigestJobQueue.Name)] string message, CancellationToken cancellationToken) =>
        digest.RunAsync(DigestJobMessages.Deserialize(message), cancellationToken);
}
