using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using NudgeService.Application.Sync;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// Each user's sync state in the user's partition: row "sync" (learned aliases, last sync, the
/// well-known folder ids), one row per stream (a mail folder's stream among them) and one per mail
/// folder. Folder ids are long and may hold characters row keys refuse, so rows are keyed by a hash.
/// </summary>
internal sealed class TableSyncStateStore(NudgeTables tables) : ISyncStateStore
{
    private const string Row = "sync";
    private const string StreamRow = "stream-";
    private const string FolderRow = "folder-";
    private const int TransactionLimit = 100;

    public async Task<SyncState?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SyncStates);
        var rows = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == userId, cancellationToken: cancellationToken)) rows.Add(entity);
        if (rows.Find(entity => entity.RowKey == Row) is not { } main) return null;

        var cursors = new Dictionary<MailboxStream, StreamCursor>();
        foreach (var entity in rows.Where(entity => entity.RowKey.StartsWith(StreamRow, StringComparison.Ordinal)))
        {
            if (!Enum.TryParse<StreamKind>(entity.GetString("Kind"), out var kind) || entity.GetString("DeltaLink") is not { } link) continue;
            var stream = kind switch
            {
                StreamKind.Contacts => MailboxStream.Contacts,
                StreamKind.Calendar => MailboxStream.Calendar,
                StreamKind.Folders => MailboxStream.Folders,
                _ => entity.GetString("FolderId") is { } folderId ? MailboxStream.Mail(folderId, kind == StreamKind.SentMail) : (MailboxStream?)null,
            };
            if (stream is null) continue;
            cursors[stream.Value] = new StreamCursor(link, entity.GetDateTimeOffset("From") ?? DateTimeOffset.MinValue, entity.GetDateTimeOffset("Until"), entity.GetDateTimeOffset("ReadAt"));
        }
        MailFolderTree? folders = null;
        if (main.GetString("WellKnownFolders") is { } wellKnown)
        {
            var entries = rows.Where(entity => entity.RowKey.StartsWith(FolderRow, StringComparison.Ordinal) && entity.GetString("FolderId") is not null)
                .Select(entity => new MailFolderEntry(entity.GetString("FolderId"), entity.GetString("ParentId"), entity.GetString("DisplayName") ?? ""));
            folders = new MailFolderTree(entries, JsonSerializer.Deserialize<Dictionary<string, string>>(wellKnown) ?? []).AsLookedUp();
        }
        var aliases = main.GetString("OwnAliases") is { Length: > 0 } joined ? joined.Split(' ') : [];
        return new SyncState(cursors, aliases, main.GetDateTimeOffset("LastSyncedAt"), folders);
    }

    public async Task SaveAsync(string userId, SyncState state, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.SyncStates);
        var rows = new List<TableEntity>
        {
            new(userId, Row)
            {
                ["OwnAliases"] = string.Join(' ', state.OwnAliases),
                ["LastSyncedAt"] = state.LastSyncedAt,
                ["WellKnownFolders"] = state.Folders is { KnowsWellKnownFolders: true } tree ? JsonSerializer.Serialize(tree.WellKnown) : null,
            },
        };
        foreach (var (stream, cursor) in state.Cursors)
        {
            rows.Add(new TableEntity(userId, StreamRow + Key(stream.ToString()))
            {
                ["Kind"] = stream.Kind.ToString(),
                ["FolderId"] = stream.FolderId,
                ["DeltaLink"] = cursor.DeltaLink,
                ["From"] = cursor.From,
                ["Until"] = cursor.Until,
                ["ReadAt"] = cursor.ReadAt,
            });
        }
        foreach (var folder in state.Folders?.Folders ?? [])
        {
            rows.Add(new TableEntity(userId, FolderRow + Key(folder.Id)) { ["FolderId"] = folder.Id, ["ParentId"] = folder.ParentId, ["DisplayName"] = folder.DisplayName });
        }

        var kept = rows.Select(row => row.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = rows.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)).ToList();
        await foreach (var stale in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == userId, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!kept.Contains(stale.RowKey)) actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(userId, stale.RowKey), Azure.ETag.All));
        }
        foreach (var chunk in actions.Chunk(TransactionLimit)) await table.SubmitTransactionAsync(chunk, cancellationToken);
    }

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
}
