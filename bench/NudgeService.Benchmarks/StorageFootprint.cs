using Azure.Data.Tables;
using NudgeService.Infrastructure.Storage;

namespace NudgeService.Benchmarks;

/// <summary>
/// What one user occupies in Table storage, read back from the tables: every entity of the
/// user's partition sized with Azure's published formula (4 bytes, plus the keys in UTF-16,
/// plus for each property 8 bytes, its name in UTF-16 and its value).
/// </summary>
/// <param name="LedgerRows">Correspondents in the ledger.</param>
/// <param name="LedgerBytes">The ledger partition.</param>
/// <param name="DigestBytes">The digest records and their nudges (drafts included).</param>
/// <param name="TotalBytes">Every per-user table: account, token cache, ledger, sync state, digests, nudges, choices.</param>
internal sealed record StorageFootprint(int LedgerRows, long LedgerBytes, long DigestBytes, long TotalBytes)
{
    public static async Task<StorageFootprint> MeasureAsync(string connectionString, string userId)
    {
        var service = new TableServiceClient(connectionString);
        int ledgerRows = 0;
        long ledgerBytes = 0, digestBytes = 0, totalBytes = 0;
        foreach (var table in NudgeTables.PerUser)
        {
            await foreach (var entity in service.GetTableClient(table).QueryAsync<TableEntity>(entity => entity.PartitionKey == userId))
            {
                var size = SizeOf(entity);
                totalBytes += size;
                if (table is NudgeTables.Digests or NudgeTables.Nudges) digestBytes += size;
                if (table != NudgeTables.Ledger) continue;
                ledgerRows++;
                ledgerBytes += size;
            }
        }
        return new StorageFootprint(ledgerRows, ledgerBytes, digestBytes, totalBytes);
    }

    private static long SizeOf(TableEntity entity) =>
        4 + 2L * (entity.PartitionKey.Length + entity.RowKey.Length)
        + entity.Where(property => property.Key is not (nameof(TableEntity.PartitionKey) or nameof(TableEntity.RowKey)) && !property.Key.StartsWith("odata.", StringComparison.Ordinal))
            .Sum(property => 8 + 2L * property.Key.Length + ValueSize(property.Value));

    private static long ValueSize(object? value) => value switch
    {
        string text => 4 + 2L * text.Length,
        byte[] bytes => 4 + bytes.Length,
        BinaryData binary => 4 + binary.ToMemory().Length,
        bool => 1,
        int => 4,
        Guid => 16,
        null => 0,
        _ => 8,
    };
}
