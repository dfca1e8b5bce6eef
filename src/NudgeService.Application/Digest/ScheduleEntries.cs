using NudgeService.Application.Accounts;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

/// <summary>Puts a user on the schedule index at their next slot in their own time zone.</summary>
public sealed class ScheduleEntries(IDigestSchedule schedule)
{
    /// <summary>The first slot after <paramref name="now"/>, for a newly connected account.</summary>
    public async Task<ScheduledDigest> StartAsync(UserAccount account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = NextAfter(account, now, after: null);
        await schedule.SetAsync(next, cancellationToken);
        return next;
    }

    /// <summary>The first slot of a later week than <paramref name="done"/>: a week is served once, even if the user moves their slot to a later day.</summary>
    public async Task<ScheduledDigest> AdvanceAsync(UserAccount account, DigestWeek done, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = NextAfter(account, now, done);
        await schedule.SetAsync(next, cancellationToken);
        return next;
    }

    public Task RemoveAsync(string userId, CancellationToken cancellationToken) => schedule.RemoveAsync(userId, cancellationToken);

    private static ScheduledDigest NextAfter(UserAccount account, DateTimeOffset now, DigestWeek? after)
    {
        var zone = TimeZones.Of(account.TimeZone);
        var slot = account.Slot.Next(zone, now);
        while (after is { } done && DigestWeek.Of(slot, zone) <= done) slot = account.Slot.Next(zone, slot);
        return new ScheduledDigest(account.UserId, slot, DigestWeek.Of(slot, zone));
    }
}
