using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using NudgeService.Application.MailEvents;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// Signed posts seen, in table "webhookposts": partition = the UTC day they were signed, row = the
/// SHA-256 of the signature. The insert itself is the check, so two copies racing find one winner.
/// </summary>
internal sealed class TableWebhookReplayGuard(NudgeTables tables) : IWebhookReplayGuard
{
    public async Task<bool> FirstTimeAsync(string signature, DateTimeOffset signedAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.WebhookPosts);
        var row = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(signature)));
        try
        {
            await table.AddEntityAsync(new TableEntity(Day(signedAt), row) { ["SignedAt"] = signedAt }, cancellationToken);
            return true;
        }
        catch (RequestFailedException conflict) when (conflict.Status == 409)
        {
            return false;
        }
    }

    public async Task<int> ForgetBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.WebhookPosts);
        var old = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"SignedAt lt {instant}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            old.Add(entity);
        }
        // One transaction holds at most 100 rows of one partition.
        foreach (var day in old.GroupBy(entity => entity.PartitionKey))
        {
            foreach (var chunk in day.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All)), cancellationToken);
            }
        }
        var forgotten = old.Count;
        return forgotten;
    }

    private static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
