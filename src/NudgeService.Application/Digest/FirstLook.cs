using NudgeService.Application.Accounts;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

/// <summary>
/// The first look: right after a user connects, the digest of the week they connected in, run as
/// the weekly job runs it (its first sync included), so that value arrives the day of connecting
/// rather than up to a week later. It is the week's one digest: a slot later in the same week finds
/// the week done and moves on, and a first look that comes after the weekly digest sends nothing.
/// </summary>
public sealed class FirstLook(IUserStore users, IDigestStore digests, WeeklyDigest weekly, TimeProvider time)
{
    /// <summary>The job queued on connecting: the user's week as it is now in their zone.</summary>
    public static DigestJob JobFor(UserAccount account, DateTimeOffset now) =>
        new(account.UserId, DigestWeek.Of(now, TimeZones.Of(account.TimeZone)).ToString());

    /// <summary>
    /// Runs the week the job is delivered in: normally the week of connecting, a later one when the
    /// queue held the message past it (then that week's digest, if none went yet, is the first look).
    /// </summary>
    public async Task<DigestRunOutcome> RunAsync(DigestJob job, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(job.UserId, cancellationToken) is not { } account) return DigestRunOutcome.NoAccount;
        var connected = DigestWeek.Parse(job.Week);
        var current = DigestWeek.Of(time.GetUtcNow(), TimeZones.Of(account.TimeZone));
        var week = current > connected ? current : connected;
        if (!await IsDueAsync(digests, account.UserId, week, cancellationToken)) return DigestRunOutcome.NotFirst;
        return await weekly.RunAsync(job with { Week = week.ToString() }, cancellationToken);
    }

    /// <summary>Whether a digest of this week would be the user's first: none of another week was ever sent.</summary>
    public static async Task<bool> IsDueAsync(IDigestStore digests, string userId, DigestWeek week, CancellationToken cancellationToken) =>
        !(await digests.ListAsync(userId, cancellationToken)).Any(record => record.Week != week && record.State == DigestState.Sent);
}
