using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Application.Digest;
using NudgeService.Infrastructure.Queues;

namespace NudgeService.LocalEnvironment;

/// <summary>What became of one delivery of a digest job.</summary>
/// <param name="Outcome">Null when the run failed (see <paramref name="Error"/>).</param>
public sealed record DeliveredJob(string Message, long DequeueCount, DigestRunOutcome? Outcome, string? Error, bool Poisoned);

/// <summary>
/// The digest-jobs queue worked as the Functions host works it: each message to the job, deleted
/// on success, tried again on failure, and set aside in digest-jobs-poison after
/// <see cref="MaxDequeueCount"/> failed tries.
/// </summary>
public sealed class LocalDigestQueue(IServiceProvider services)
{
    /// <summary>host.json's queues.maxDequeueCount.</summary>
    public const int MaxDequeueCount = 4;

    public async Task<IReadOnlyList<DeliveredJob>> DrainAsync(CancellationToken cancellationToken = default)
    {
        var queues = services.GetRequiredService<QueueServiceClient>();
        var jobs = queues.GetQueueClient(IDigestJobQueue.Name);
        var poison = queues.GetQueueClient(IDigestJobQueue.PoisonName);
        await jobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var delivered = new List<DeliveredJob>();
        while (true)
        {
            QueueMessage[] batch = await jobs.ReceiveMessagesAsync(maxMessages: 16, visibilityTimeout: WeeklyDigest.Lease, cancellationToken);
            if (batch.Length == 0) return delivered;
            foreach (var message in batch) delivered.Add(await DeliverAsync(jobs, poison, message, cancellationToken));
        }
    }

    private async Task<DeliveredJob> DeliverAsync(QueueClient jobs, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        var text = message.MessageText;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(DigestJobMessages.Deserialize(text), cancellationToken);
            await jobs.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return new DeliveredJob(text, message.DequeueCount, outcome, null, Poisoned: false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<LocalDigestQueue>>().LogError(failure, "Digest job failed on try {Try}", message.DequeueCount);
            var poisoned = message.DequeueCount >= MaxDequeueCount;
            if (poisoned)
            {
                await poison.SendMessageAsync(text, cancellationToken);
                await jobs.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }
            else
            {
                await jobs.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
            }
            return new DeliveredJob(text, message.DequeueCount, null, failure.Message, poisoned);
        }
    }
}
