using Azure.Data.Tables;
using NudgeService.Application.Ledger;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// The ledger table: partition = user, one row per correspondent. Changed rows are written in
/// transactions of the partition, each row conditional on the version it was read at, each
/// transaction sized as Azure counts it on the wire (<see cref="TableTransactionSize"/>).
/// </summary>
public sealed class TableLedgerStore(NudgeTables tables) : ILedgerStore
{
    private const int MaxActions = TableTransactionSize.MaxOperations;
    private const long MaxTransactionBytes = TableTransactionSize.MaxTransactionBytes - TableTransactionSize.EnvelopeBytes;

    public async Task<IReadOnlyList<LedgerRow>> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Ledger);
        var rows = new List<LedgerRow>();
        await foreach (var entity in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == userId, cancellationToken: cancellationToken))
        {
            rows.Add(LedgerEntity.ToRow(entity));
        }
        return rows;
    }

    public async Task<long> SaveAsync(string userId, RelationshipLedger ledger, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Ledger);
        var actions = new List<TableTransactionAction>();
        long written = 0, pending = 0;
        async Task FlushAsync()
        {
            if (actions.Count == 0) return;
            await table.SubmitTransactionAsync(actions, cancellationToken);
            actions.Clear();
            pending = 0;
        }

        foreach (var key in ledger.MergedAway)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(userId, RowKeys.Escape(key)), Azure.ETag.All));
            if (actions.Count == MaxActions) await FlushAsync();
        }
        foreach (var row in ledger.Rows.Where(row => row.IsChanged))
        {
            var entity = LedgerEntity.From(userId, row);
            var size = TableTransactionSize.OperationBytes(entity);
            if (actions.Count == MaxActions || pending + size > MaxTransactionBytes) await FlushAsync();
            actions.Add(row.StoreTag is { } tag
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new Azure.ETag(tag))
                : new TableTransactionAction(TableTransactionActionType.Add, entity));
            pending += size;
            written += LedgerEntity.SizeOf(entity);
        }
        await FlushAsync();
        return written;
    }
}
