using System.Security.Cryptography;
using System.Text;
using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

public enum ReviewState
{
    /// <summary>Handed, or about to be handed, to SendGrid.</summary>
    Sending,

    Sent,
}

/// <summary>
/// One quarter's review of one user (table <c>reviews</c>, row = quarter): whether it went out, and
/// the counts the next quarter compares with. Aggregates only, never names.
/// </summary>
/// <param name="Day">The user's local day the review was drawn for; its page shows the review as of that day.</param>
/// <param name="Version">Opaque concurrency version (the row's ETag).</param>
public sealed record ReviewRecord(string UserId, ReviewQuarter Quarter, ReviewState State, DateOnly Day, ReviewSnapshot Snapshot, DateTimeOffset UpdatedAt, string Version = "")
{
    public string? MessageId { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>What the page's link names: derived from user and quarter, so it says nothing of either.</summary>
    public string Id => IdFor(UserId, Quarter);

    public static string IdFor(string userId, ReviewQuarter quarter) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}|review|{quarter}")))[..16];
}

/// <summary>Review records, one partition per user; each change is conditional on the row's version.</summary>
public interface IReviewStore
{
    Task<ReviewRecord?> FindAsync(string userId, ReviewQuarter quarter, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReviewRecord>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Null when the quarter already has a record: another delivery or request got there first.</summary>
    Task<ReviewRecord?> TryCreateAsync(ReviewRecord record, CancellationToken cancellationToken);

    Task<ReviewRecord?> TryUpdateAsync(ReviewRecord record, CancellationToken cancellationToken);

    /// <summary>Removes the record if its version is unchanged: SendGrid refused the review, so the quarter may try again.</summary>
    Task TryDeleteAsync(ReviewRecord record, CancellationToken cancellationToken);
}
