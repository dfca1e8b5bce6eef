using Azure;
using Azure.Data.Tables;
using NudgeService.Application.Connect;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Finished sign-ins, one row each, added only if absent, so that a replayed state finds its row.</summary>
internal sealed class TableSpentSignInStore(NudgeTables tables) : ISpentSignInStore
{
    private const string Partition = "spent";

    public async Task<bool> IsSpentAsync(string signInId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SignIns);
        return (await table.GetEntityIfExistsAsync<TableEntity>(Partition, signInId, select: ["RowKey"], cancellationToken: cancellationToken)).HasValue;
    }

    public async Task<bool> TrySpendAsync(string signInId, DateTimeOffset stateExpiresBy, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SignIns);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, signInId) { ["ExpiresAt"] = stateExpiresBy }, cancellationToken);
            return true;
        }
        catch (RequestFailedException taken) when (taken.Status == 409)
        {
            return false;
        }
    }

    /// <remarks>Every partition: the "pending" rows left from when starting a sign-in still stored one expire and go the same way.</remarks>
    public async Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SignIns);
        var expired = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ExpiresAt le {now}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
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
