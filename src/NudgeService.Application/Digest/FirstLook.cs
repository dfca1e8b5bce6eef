using NudgeService.Application.Accounts;

namespace NudgeService.Application.Digest;

/// <summary>
/// The first look: right after a user connects, this week's digest, run as the weekly job runs it
/// (its first sync included), so that value arrives the day of connecting rather than up to a week
/// later. It is the week's one digest: a slot later in the same week finds the week done and moves on.
/// </summary>
public sealed class FirstLook(IUserStore users, WeeklyDigest weekly, TimeProvider time)
{
    public async Task<DigestRunOutcome> RunAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(userId, cancellationToken) is not { } account) return DigestRunOutcome.NoAccount;
        var week = DigestWeek.Of(time.GetUtcNow(), DigestSlot.Zone(account.TimeZone));
        return await weekly.RunAsync(new DigestJob(userId, week.ToString()), cancellationToken);
    }

    /// <summary>Whether a digest of this week would be the user's first: none of another week was ever sent.</summary>
    public static async Task<bool> IsDueAsync(IDigestStore digests, string userId, DigestWeek week, CancellationToken cancellationToken) =>
        !(await digests.ListAsync(userId, cancellationToken)).Any(record => record.Week != week && record.State == DigestState.Sent);
}
