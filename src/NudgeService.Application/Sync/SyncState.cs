namespace NudgeService.Application.Sync;

/// <summary>Where each of a user's streams resumes, the mail folders as last seen, and the aliases of the user learned so far.</summary>
public sealed record SyncState(
    IReadOnlyDictionary<MailboxStream, StreamCursor> Cursors,
    IReadOnlyList<string> OwnAliases,
    DateTimeOffset? LastSyncedAt,
    MailFolderTree? Folders = null);

public interface ISyncStateStore
{
    Task<SyncState?> LoadAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(string userId, SyncState state, CancellationToken cancellationToken);
}
