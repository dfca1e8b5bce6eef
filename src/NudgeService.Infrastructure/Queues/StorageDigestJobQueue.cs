using System.Text.Json;
using Azure.Storage.Queues;
using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;

namespace NudgeService.Infrastructure.Queues;

/// <summary>
/// A storage queue of digest jobs, and its poison queue, made on first use. Messages are base64
/// JSON, the encoding the Functions queue trigger expects by default.
/// </summary>
internal abstract class StorageJobQueue(QueueServiceClient queues, string name, string poisonName)
{
    private readonly Lazy<Task<QueueClient>> queue = new(async () =>
    {
        var client = queues.GetQueueClient(name);
        await client.CreateIfNotExistsAsync();
        await queues.GetQueueClient(poisonName).CreateIfNotExistsAsync();
        return client;
    });

    public async Task EnqueueAsync(DigestJob job, CancellationToken cancellationToken)
    {
        var client = await queue.Value;
        await client.SendMessageAsync(DigestJobMessages.Serialize(job), cancellationToken);
    }
}

/// <summary>The digest-jobs queue the hourly timer fills.</summary>
internal sealed class StorageDigestJobQueue(QueueServiceClient queues)
    : StorageJobQueue(queues, IDigestJobQueue.Name, IDigestJobQueue.PoisonName), IDigestJobQueue;

/// <summary>The first-look-jobs queue a completed connect fills.</summary>
internal sealed class StorageFirstLookQueue(QueueServiceClient queues)
    : StorageJobQueue(queues, IFirstLookQueue.Name, IFirstLookQueue.PoisonName), IFirstLookQueue;

/// <summary>The queue message's JSON, shared by the sender and the triggers.</summary>
public static class DigestJobMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(DigestJob job) => JsonSerializer.Serialize(job, Json);

    /// <exception cref="MalformedDigestJobException">The message is not a digest job.</exception>
    public static DigestJob Deserialize(string message)
    {
        try
        {
            return JsonSerializer.Deserialize<DigestJob>(message, Json) is { UserId.Length: > 0, Week.Length: > 0 } job && DigestWeek.TryParse(job.Week, out _)
                ? job
                : throw new MalformedDigestJobException("the message lacks a user id or an ISO week");
        }
        catch (JsonException invalid)
        {
            throw new MalformedDigestJobException($"the message is not JSON ({invalid.Message})");
        }
    }
}

internal sealed class MalformedDigestJobException(string reason) : Exception($"Not a digest job: {reason}.");
