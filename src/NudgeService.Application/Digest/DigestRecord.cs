using NudgeService.Domain.Planning;
namespace NudgeService.Application.Digest;

public enum DigestState
{
    /// <summary>A run holds the week; nothing has been decided yet.</summary>
    Preparing,

    /// <summary>The nudges are drafted and stored: a retry sends exactly these.</summary>
    Planned,

    /// <summary>The email was handed to SendGrid; if nothing more is recorded, the run stopped before it learnt the outcome.</summary>
    Sending,

    Sent,

    /// <summary>Nothing worth a word this week, and the user did not ask for a note: nothing was sent.</summary>
    Empty,

    /// <summary>The account could not be served this week (needs a reconnect, paused, unsubscribed).</summary>
    Skipped,

    /// <summary>The week ended before its digest could be sent.</summary>
    Missed,
}

/// <summary>One user's digest for one ISO week: the record that makes the week happen exactly once.</summary>
/// <param name="LeaseUntil">A run holds the week until then; another delivery of the same job leaves it alone meanwhile.</param>
/// <param name="Version">Opaque concurrency version (the row's ETag): every change is conditional on it.</param>
public sealed record DigestRecord(
    string UserId,
    DigestWeek Week,
    DigestState State,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LeaseUntil,
    string Version)
{
    public IReadOnlyList<string> NudgeIds { get; init; } = [];

    public string? Subject { get; init; }

    /// <summary>SendGrid's X-Message-Id, for finding the email in SendGrid's activity and events.</summary>
    public string? MessageId { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Why the week was skipped or missed, for operators.</summary>
    public string? Note { get; init; }

    public bool IsFinal => State is DigestState.Sent or DigestState.Empty or DigestState.Skipped or DigestState.Missed;
}

/// <summary>Digest records, one partition per user, one row per ISO week.</summary>
public interface IDigestStore
{
    Task<DigestRecord?> FindAsync(string userId, DigestWeek week, CancellationToken cancellationToken);

    /// <summary>The user's digests, most recent week first.</summary>
    Task<IReadOnlyList<DigestRecord>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Creates the week's record; null when one already exists (another run got there first).</summary>
    Task<DigestRecord?> TryCreateAsync(DigestRecord record, CancellationToken cancellationToken);

    /// <summary>Replaces the record if its version is unchanged; null when another run changed it meanwhile.</summary>
    Task<DigestRecord?> TryUpdateAsync(DigestRecord record, CancellationToken cancellationToken);
}
