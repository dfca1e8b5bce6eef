using Azure.Data.Tables;
using NudgeService.Application.Operations;

namespace NudgeService.Infrastructure.Storage;

/// <summary>The last sync's cost in the users table, row "last-sync" beside the account.</summary>
internal sealed class TableSyncCostStore(NudgeTables tables) : ISyncCostStore
{
    private const string CostRow = "last-sync";

    public async Task<SyncCost?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(userId, CostRow, cancellationToken: cancellationToken);
        if (!entity.HasValue) return null;
        var row = entity.Value!;
        return new SyncCost(row.GetDateTimeOffset("At")!.Value, row.GetInt32("RoundTrips")!.Value, row.GetInt32("ItemsRead")!.Value,
            row.GetInt64("BytesWritten")!.Value, TimeSpan.FromMilliseconds(row.GetDouble("ElapsedMs")!.Value));
    }

    public async Task SaveAsync(string userId, SyncCost cost, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        await table.UpsertEntityAsync(new TableEntity(userId, CostRow)
        {
            ["At"] = cost.At,
            ["RoundTrips"] = cost.RoundTrips,
            ["ItemsRead"] = cost.ItemsRead,
            ["BytesWritten"] = cost.BytesWritten,
            ["ElapsedMs"] = cost.Elapsed.TotalMilliseconds,
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
