namespace NudgeService.Application.Digest;

/// <summary>
/// The schedule index: users by the hour of their next slot, so the hourly timer reads only the
/// users that are due, never every user.
/// </summary>
public interface IDigestSchedule
{
    /// <summary>Every entry whose slot is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<ScheduledDigest>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task<ScheduledDigest?> FindAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="next"/> the user's only entry.</summary>
    Task SetAsync(ScheduledDigest next, CancellationToken cancellationToken);

    Task RemoveAsync(string userId, CancellationToken cancellationToken);
}
