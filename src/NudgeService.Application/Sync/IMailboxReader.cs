namespace NudgeService.Application.Sync;

/// <summary>Reads the changes of a mailbox's streams since their cursors, page by page.</summary>
public interface IMailboxReader
{
    /// <param name="onPage">Called for every page in stream order; the round's outcome is returned only when all pages were handed over.</param>
    Task<MailboxRound> ReadAsync(
        string accessToken,
        IReadOnlyDictionary<MailboxStream, StreamCursor> cursors,
        Func<StreamPage, CancellationToken, ValueTask> onPage,
        CancellationToken cancellationToken);
}

/// <param name="RoundTrips">HTTP requests sent to Graph, a $batch counting as one.</param>
public sealed record MailboxRound(IReadOnlyDictionary<MailboxStream, StreamOutcome> Streams, int RoundTrips);

/// <summary>Graph refused the access token (401) although it has not expired: revoked, or consent withdrawn.</summary>
public sealed class AccessTokenRejectedException() : Exception("Graph rejected the access token.");
