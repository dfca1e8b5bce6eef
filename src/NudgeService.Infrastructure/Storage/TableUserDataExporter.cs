using System.Text.Json.Nodes;
using Azure.Data.Tables;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// Every row of the user's partition in every per-user table, property by property, so that nothing
/// we hold is left out by a list kept by hand; the one exception is the token cache, a credential,
/// whose presence is stated but whose (encrypted) content is not handed out.
/// </summary>
internal sealed class TableUserDataExporter(NudgeTables tables, IDigestSchedule schedule, TimeProvider time) : IUserDataExporter
{
    private static readonly string[] Bookkeeping = ["odata.etag", "PartitionKey"];

    public async Task<JsonObject> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var export = new JsonObject
        {
            ["userId"] = userId,
            ["exportedAt"] = time.GetUtcNow().ToString("O"),
        };
        foreach (var name in NudgeTables.PerUser)
        {
            var table = await tables.GetAsync(name);
            var rows = new JsonArray();
            await foreach (var entity in table.QueryAsync<TableEntity>(row => row.PartitionKey == userId, cancellationToken: cancellationToken))
            {
                rows.Add(name == NudgeTables.TokenCaches ? new JsonObject { ["RowKey"] = entity.RowKey, ["content"] = "Microsoft sign-in tokens, encrypted; not exported" } : Row(entity));
            }
            export[name] = rows;
        }
        export[NudgeTables.Schedule] = await schedule.FindAsync(userId, cancellationToken) is { } next
            ? new JsonObject { ["slot"] = next.Slot.ToString("O"), ["week"] = next.Week.ToString() }
            : null;
        return export;
    }

    private static JsonObject Row(TableEntity entity)
    {
        var row = new JsonObject();
        foreach (var (key, value) in entity.Where(pair => !Bookkeeping.Contains(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            row[key] = value switch
            {
                null => null,
                byte[] bytes => Convert.ToBase64String(bytes),
                DateTimeOffset instant => instant.ToString("O"),
                DateTime instant => instant.ToString("O"),
                string text => text,
                bool flag => flag,
                int number => number,
                long number => number,
                double number => number,
                _ => value.ToString(),
            };
        }
        return row;
    }
}
