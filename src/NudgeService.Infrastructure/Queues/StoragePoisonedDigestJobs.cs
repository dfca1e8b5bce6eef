using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using NudgeService.Application.Digest;

namespace NudgeService.Infrastructure.Queues;

/// <summary>
/// digest-jobs-poison in the storage account. A retry sends the job back to digest-jobs before it
/// deletes it here, so a crash in between repeats a job (which is idempotent) and never loses one.
/// </summary>
internal sealed class StoragePoisonedDigestJobs(QueueServiceClient queues) : IPoisonedDigestJobs
{
    private const int MostPerLook = 32;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var poison = await PoisonAsync(cancellationToken);
        return (await poison.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
    }

    public async Task<IReadOnlyList<PoisonedDigestJob>> PeekAsync(CancellationToken cancellationToken)
    {
        var poison = await PoisonAsync(cancellationToken);
        PeekedMessage[] peeked = await poison.PeekMessagesAsync(MostPerLook, cancellationToken);
        return [.. peeked.Select(message => new PoisonedDigestJob(message.MessageId, Read(message.Body.ToString()), message.InsertedOn))];
    }

    public async Task<int> RetryAsync(string? userId, CancellationToken cancellationToken)
    {
        var poison = await PoisonAsync(cancellationToken);
        var jobs = queues.GetQueueClient(IDigestJobQueue.Name);
        await jobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var moved = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            // Hidden while this run handles them; another user's jobs reappear after the timeout, untouched.
            QueueMessage[] batch = await poison.ReceiveMessagesAsync(MostPerLook, TimeSpan.FromSeconds(30), cancellationToken);
            var fresh = batch.Where(message => seen.Add(message.MessageId)).ToList();
            if (fresh.Count == 0) return moved;
            foreach (var message in fresh)
            {
                var text = message.Body.ToString();
                if (userId is not null && Read(text)?.UserId != userId) continue;
                await jobs.SendMessageAsync(text, cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }
    }

    private async Task<QueueClient> PoisonAsync(CancellationToken cancellationToken)
    {
        var poison = queues.GetQueueClient(IDigestJobQueue.PoisonName);
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return poison;
    }

    private static DigestJob? Read(string text)
    {
        try
        {
            return DigestJobMessages.Deserialize(text);
        }
        catch (MalformedDigestJobException)
        {
            return null;
        }
    }
}
