namespace NudgeService.Application.Digest;

/// <summary>A user's next digest slot in the schedule index.</summary>
/// <param name="Slot">The instant of the user's local slot (day and hour in their zone).</param>
/// <param name="Week">The ISO week the slot belongs to, in the user's zone.</param>
public sealed record ScheduledDigest(string UserId, DateTimeOffset Slot, DigestWeek Week);

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
