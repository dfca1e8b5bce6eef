using Azure.Data.Tables;
using NudgeService.Application.Ledger;
using NudgeService.Domain.Ledger;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// The ledger table: partition = user, one row per correspondent. Rows whose stored form differs
/// from the one read are written in transactions of the partition, each row conditional on the
/// version it was read at, each transaction sized as Azure counts it on the wire
/// (<see cref="TableTransactionSize"/>).
/// </summary>
public sealed class TableLedgerStore(NudgeTables tables) : ILedgerStore
{
    private const int MaxActions = TableTransactionSize.MaxOperations;
    private const long MaxTransactionBytes = TableTransactionSize.MaxTransactionBytes - TableTransactionSize.EnvelopeBytes;

    public async Task<StoredLedger> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Ledger);
        var rows = new List<LedgerRow>();
        var loaded = new Dictionary<string, StoredRowVersion>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == userId, cancellationToken: cancellationToken))
        {
            var row = LedgerEntity.ToRow(entity);
            rows.Add(row);
            loaded[row.Key] = new StoredRowVersion(entity.ETag.ToString(), LedgerEntity.Fingerprint(entity));
        }
        return new StoredLedger(userId, new RelationshipLedger(rows), loaded);
    }

    public async Task<long> SaveAsync(StoredLedger stored, CancellationToken cancellationToken)
    {
        var userId = stored.UserId;
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

        var kept = stored.Ledger.Rows.Select(row => row.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, version) in stored.Loaded.Where(pair => !kept.Contains(pair.Key)))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(userId, RowKeys.Escape(key)), new Azure.ETag(version.Tag)));
            if (actions.Count == MaxActions) await FlushAsync();
        }
        foreach (var row in stored.Ledger.Rows)
        {
            var entity = LedgerEntity.From(userId, row);
            var loaded = stored.Loaded.TryGetValue(row.Key, out var version) ? version : (StoredRowVersion?)null;
            if (loaded?.Fingerprint == LedgerEntity.Fingerprint(entity)) continue;
            var size = TableTransactionSize.OperationBytes(entity);
            if (actions.Count == MaxActions || pending + size > MaxTransactionBytes) await FlushAsync();
            actions.Add(loaded is { } read
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new Azure.ETag(read.Tag))
                : new TableTransactionAction(TableTransactionActionType.Add, entity));
            pending += size;
            written += LedgerEntity.SizeOf(entity);
        }
        await FlushAsync();
        return written;
    }
}
