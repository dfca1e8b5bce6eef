namespace NudgeService.Application.Sync;

/// <summary>Reads the changes of a mailbox's streams since their cursors, page by page.</summary>
public interface IMailboxReader
{
    /// <param name="onPage">Called for every page of contacts, calendar and mail, in stream order; the round's outcome is returned only when all pages were handed over.</param>
    /// <param name="userId">Whose mailbox: its concurrency limit is shared with all other work on it.</param>
    Task<MailboxRound> ReadAsync(
        string userId,
        string accessToken,
        SyncPlan plan,
        Func<StreamPage, CancellationToken, ValueTask> onPage,
        CancellationToken cancellationToken);
}

/// <summary>What a round starts from.</summary>
/// <param name="Cursors">The streams to follow (contacts, calendar, folder hierarchy when granted) and every mail folder read before.</param>
/// <param name="Folders">The mail folders as last seen; empty on a first sync.</param>
/// <param name="MailFrom">The window a mail folder read for the first time is read from.</param>
/// <param name="ChangedSince">
/// Mail changed since then tells which folders need reading this week; null reads every folder
/// (first sync). Folders nothing names are still read in turn, longest unread first.
/// </param>
public sealed record SyncPlan(
    IReadOnlyDictionary<MailboxStream, StreamCursor> Cursors,
    MailFolderTree Folders,
    DateTimeOffset MailFrom,
    DateTimeOffset? ChangedSince);

/// <param name="Streams">How each stream read this round ended; mail folders not read this round are absent.</param>
/// <param name="Folders">The mail folders as they are now.</param>
/// <param name="RoundTrips">HTTP requests sent to Graph, a $batch counting as one.</param>
public sealed record MailboxRound(IReadOnlyDictionary<MailboxStream, StreamOutcome> Streams, MailFolderTree Folders, int RoundTrips);
