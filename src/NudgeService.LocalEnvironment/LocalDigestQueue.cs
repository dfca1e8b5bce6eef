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
/// The digest-jobs and first-look-jobs queues worked as the Functions host works them: each
/// message to its job, deleted on success, tried again on failure, and set aside in the poison
/// queue after <see cref="MaxDequeueCount"/> failed tries.
/// </summary>
public sealed class LocalDigestQueue(IServiceProvider services)
{
    /// <summary>host.json's queues.maxDequeueCount.</summary>
    public const int MaxDequeueCount = 4;

    /// <param name="only">Which messages to run (for instance one user's); the others are left on the queue.</param>
    public Task<IReadOnlyList<DeliveredJob>> DrainAsync(Func<DigestJob, bool>? only = null, CancellationToken cancellationToken = default) =>
        DrainAsync(IDigestJobQueue.Name, IDigestJobQueue.PoisonName, (scope, job) => scope.GetRequiredService<WeeklyDigest>().RunAsync(job, cancellationToken), only, cancellationToken);

    /// <inheritdoc cref="DrainAsync(Func{DigestJob, bool}?, CancellationToken)"/>
    public Task<IReadOnlyList<DeliveredJob>> DrainFirstLooksAsync(Func<DigestJob, bool>? only = null, CancellationToken cancellationToken = default) =>
        DrainAsync(IFirstLookQueue.Name, IFirstLookQueue.PoisonName, (scope, job) => scope.GetRequiredService<FirstLook>().RunAsync(job, cancellationToken), only, cancellationToken);

    private async Task<IReadOnlyList<DeliveredJob>> DrainAsync(string queueName, string poisonName, Func<IServiceProvider, DigestJob, Task<DigestRunOutcome>> run, Func<DigestJob, bool>? only, CancellationToken cancellationToken)
    {
        var queues = services.GetRequiredService<QueueServiceClient>();
        var jobs = queues.GetQueueClient(queueName);
        var poison = queues.GetQueueClient(poisonName);
        await jobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var delivered = new List<DeliveredJob>();
        var passedOver = new List<QueueMessage>();
        while (true)
        {
            QueueMessage[] batch = await jobs.ReceiveMessagesAsync(maxMessages: 16, visibilityTimeout: WeeklyDigest.Lease, cancellationToken);
            if (batch.Length == 0) break;
            foreach (var message in batch)
            {
                if (only is null || only(DigestJobMessages.Deserialize(message.MessageText))) delivered.Add(await DeliverAsync(jobs, poison, message, run, cancellationToken));
                else passedOver.Add(message);
            }
        }
        foreach (var message in passedOver) await jobs.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
        return delivered;
    }

    private async Task<DeliveredJob> DeliverAsync(QueueClient jobs, QueueClient poison, QueueMessage message, Func<IServiceProvider, DigestJob, Task<DigestRunOutcome>> run, CancellationToken cancellationToken)
    {
        var text = message.MessageText;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var outcome = await run(scope.ServiceProvider, DigestJobMessages.Deserialize(text));
            await jobs.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            return new DeliveredJob(text, message.DequeueCount, outcome, null, Poisoned: false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<LocalDigestQueue>>().LogError(failure, "Job from {Queue} failed on try {Try}", jobs.Name, message.DequeueCount);
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
