using Azure.Data.Tables;
using NudgeService.Application.Sync;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Each user's deltaLinks and learned aliases: one row "sync" in the user's partition.</summary>
public sealed class TableSyncStateStore(NudgeTables tables) : ISyncStateStore
{
    private const string Row = "sync";

    public async Task<SyncState?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SyncStates);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(userId, Row, cancellationToken: cancellationToken);
        if (!found.HasValue) return null;
        var entity = found.Value!;
        var cursors = new Dictionary<MailboxStream, StreamCursor>();
        foreach (var stream in Enum.GetValues<MailboxStream>())
        {
            if (entity.GetString($"{stream}DeltaLink") is not { } link) continue;
            cursors[stream] = new StreamCursor(link, entity.GetDateTimeOffset($"{stream}From") ?? DateTimeOffset.MinValue, entity.GetDateTimeOffset($"{stream}Until"));
        }
        var aliases = entity.GetString("OwnAliases") is { Length: > 0 } joined ? joined.Split(' ') : [];
        return new SyncState(cursors, aliases, entity.GetDateTimeOffset("LastSyncedAt"));
    }

    public async Task SaveAsync(string userId, SyncState state, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SyncStates);
        var entity = new TableEntity(userId, Row)
        {
            ["OwnAliases"] = string.Join(' ', state.OwnAliases),
            ["LastSyncedAt"] = state.LastSyncedAt,
        };
        foreach (var (stream, cursor) in state.Cursors)
        {
            entity[$"{stream}DeltaLink"] = cursor.DeltaLink;
            entity[$"{stream}From"] = cursor.From;
            entity[$"{stream}Until"] = cursor.Until;
        }
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }
}
