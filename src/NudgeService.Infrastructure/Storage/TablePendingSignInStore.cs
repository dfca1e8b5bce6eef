using Azure;
using Azure.Data.Tables;
using NudgeService.Application.Connect;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Started sign-ins, one row each; finishing deletes the row, so a replayed state finds nothing.</summary>
public sealed class TablePendingSignInStore(NudgeTables tables, TimeProvider time) : IPendingSignInStore
{
    private const string Partition = "pending";

    public async Task AddAsync(string signInId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SignIns);
        await table.AddEntityAsync(new TableEntity(Partition, signInId) { ["ExpiresAt"] = expiresAt }, cancellationToken);
    }

    public async Task<bool> TryTakeAsync(string signInId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SignIns);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(Partition, signInId, cancellationToken: cancellationToken);
        if (!entity.HasValue) return false;
        try
        {
            await table.DeleteEntityAsync(Partition, signInId, entity.Value!.ETag, cancellationToken);
        }
        catch (RequestFailedException raced) when (raced.Status is 404 or 412)
        {
            return false;
        }
        return entity.Value.GetDateTimeOffset("ExpiresAt") > time.GetUtcNow();
    }

    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SignIns);
        var expired = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ExpiresAt le {now}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            expired.Add(entity);
        }
        foreach (var chunk in expired.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All)), cancellationToken);
        }
        return expired.Count;
    }
}
