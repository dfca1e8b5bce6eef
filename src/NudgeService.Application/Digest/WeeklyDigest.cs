using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;
using NudgeService.Application.Email;
using NudgeService.Application.Operations;
using NudgeService.Application.Review;
using NudgeService.Application.Sync;
using NudgeService.Application.Telemetry;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

public enum DigestRunOutcome
{
    Sent,
    Empty,
    Skipped,
    Missed,

    /// <summary>The week was already finished: a redelivered message, or the timer's second call.</summary>
    AlreadyDone,

    /// <summary>Another delivery of the same job holds the week.</summary>
    Busy,

    /// <summary>The account is gone (disconnected); its schedule entry is removed.</summary>
    NoAccount,

    /// <summary>A first look no longer due: a digest of another week already went out.</summary>
    NotFirst,
}

/// <summary>
/// One user's week: token → sync → analyse → plan → draft → render → send → record. The week's
/// record moves Preparing → Planned → Sending → Sent, each step conditional on the previous, so a
/// redelivered message or a crash resumes where the last run stopped and never sends twice.
/// </summary>
public sealed class WeeklyDigest(
    IUserStore users,
    IDigestStore digests,
    INudgeStore nudges,
    ScheduleEntries scheduleEntries,
    WeeklySync sync,
    WeekPreparation preparation,
    DigestComposer composer,
    IDigestRenderer renderer,
    IEmailSender email,
    IOptions<NudgeOptions> options,
    NudgeMetrics metrics,
    ISyncCostStore syncCosts,
    QuarterlyReview review,
    TimeProvider time,
    ILogger<WeeklyDigest> logger)
{
    /// <summary>As long as the Functions timeout: a run never outlives its lease.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);

    public async Task<DigestRunOutcome> RunAsync(DigestJob job, CancellationToken cancellationToken)
    {
        var week = DigestWeek.Parse(job.Week);
        if (await users.FindAsync(job.UserId, cancellationToken) is not { } account)
        {
            await scheduleEntries.RemoveAsync(job.UserId, cancellationToken);
            return DigestRunOutcome.NoAccount;
        }
        var now = time.GetUtcNow();
        var zone = TimeZones.Of(account.TimeZone);
        var record = await digests.FindAsync(account.UserId, week, cancellationToken)
            ?? await digests.TryCreateAsync(new DigestRecord(account.UserId, week, DigestState.Preparing, now, null, ""), cancellationToken)
            ?? await digests.FindAsync(account.UserId, week, cancellationToken);
        if (record is null || record.LeaseUntil > now) return DigestRunOutcome.Busy;
        if (record.IsFinal)
        {
            await scheduleEntries.AdvanceAsync(account, week, now, cancellationToken);
            // A delivery that failed after the digest but before the review finishes the review.
            await ReviewIfQuarterOpensAsync(account, week, record.State, cancellationToken);
            return DigestRunOutcome.AlreadyDone;
        }
        if (await digests.TryUpdateAsync(record with { LeaseUntil = now + Lease, UpdatedAt = now }, cancellationToken) is not { } held) return DigestRunOutcome.Busy;

        DigestRunOutcome outcome;
        try
        {
            outcome = await ContinueAsync(account, held, now, cancellationToken);
        }
        catch
        {
            // Let the next delivery try at once rather than wait out the lease; after a few, the queue sets the job aside.
            await ReleaseAsync(held, CancellationToken.None);
            throw;
        }
        await scheduleEntries.AdvanceAsync(account, week, now, cancellationToken);
        logger.LogInformation("Digest {Week} of {UserId}: {Outcome}", week, account.UserId, outcome);
        if (outcome is DigestRunOutcome.Sent or DigestRunOutcome.Empty)
        {
            await ReviewIfQuarterOpensAsync(account, week, outcome == DigestRunOutcome.Sent ? DigestState.Sent : DigestState.Empty, cancellationToken);
        }
        return outcome;
    }

    /// <summary>The first digest slot of a quarter also brings the quarterly review, once; a week skipped or missed brings none.</summary>
    private async Task ReviewIfQuarterOpensAsync(UserAccount account, DigestWeek week, DigestState state, CancellationToken cancellationToken)
    {
        if (state is DigestState.Sent or DigestState.Empty && QuarterlyReview.OpensQuarter(account, week)) await review.SendAsync(account, cancellationToken);
    }

    private async Task<DigestRunOutcome> ContinueAsync(UserAccount account, DigestRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now >= record.Week.EndIn(TimeZones.Of(account.TimeZone)))
        {
            logger.LogError("Digest {Week} of {UserId} missed: the week ended before it could be sent", record.Week, account.UserId);
            return await FinishAsync(record, DigestState.Missed, "the week ended first", DigestRunOutcome.Missed, cancellationToken);
        }
        if (account.Status != AccountStatus.Active && record.State != DigestState.Sending)
        {
            return await FinishAsync(record, DigestState.Skipped, account.Status.ToString(), DigestRunOutcome.Skipped, cancellationToken);
        }
        if (account.IsPausedOn(LocalDay.Of(now, TimeZones.Of(account.TimeZone))) && record.State != DigestState.Sending)
        {
            return await FinishAsync(record, DigestState.Skipped, $"paused by its owner until {account.PausedUntil:yyyy-MM-dd}", DigestRunOutcome.Skipped, cancellationToken);
        }
        if (record.State == DigestState.Sending)
        {
            // SendGrid may have accepted it: sending again could mean two digests, which is worse than one unconfirmed.
            logger.LogWarning("Digest {Week} of {UserId} was handed to SendGrid by a run that stopped before recording the answer; not sending again", record.Week, account.UserId);
            return await FinishAsync(record with { SentAt = record.UpdatedAt }, DigestState.Sent, "accepted by SendGrid unconfirmed: the run stopped before recording its answer", DigestRunOutcome.Sent, cancellationToken);
        }
        if (record.State == DigestState.Preparing)
        {
            SyncReport report;
            try
            {
                report = await sync.RunAsync(account, progress: null, cancellationToken);
                await syncCosts.SaveAsync(account.UserId, new SyncCost(time.GetUtcNow(), report.RoundTrips, report.ItemsRead, report.BytesWritten, report.Elapsed), cancellationToken);
            }
            catch (ReconnectRequiredException)
            {
                return await FinishAsync(record, DigestState.Skipped, "the account needs its owner to reconnect", DigestRunOutcome.Skipped, cancellationToken);
            }
            if (await PlanAsync(account, record, report, now, cancellationToken) is not { } planned) return DigestRunOutcome.Busy;
            record = planned;
            if (record.NudgeIds.Count == 0 && !options.Value.Digest.QuietWeekNote)
            {
                return await FinishAsync(record, DigestState.Empty, null, DigestRunOutcome.Empty, cancellationToken);
            }
        }
        return await SendAsync(account, record, now, cancellationToken);
    }

    private async Task<DigestRecord?> PlanAsync(UserAccount account, DigestRecord record, SyncReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var drafted = await preparation.DraftAsync(account, record.Week, report.People, now, cancellationToken);
        await nudges.ReplaceWeekAsync(account.UserId, record.Week, drafted, cancellationToken);
        return await digests.TryUpdateAsync(record with { State = DigestState.Planned, NudgeIds = [.. drafted.Select(nudge => nudge.Id)], UpdatedAt = now }, cancellationToken);
    }

    private async Task<DigestRunOutcome> SendAsync(UserAccount account, DigestRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = (await nudges.WeekAsync(account.UserId, record.Week, cancellationToken)).ToDictionary(nudge => nudge.Id, StringComparer.Ordinal);
        var shown = record.NudgeIds.Select(id => stored[id]).ToList();
        var firstLook = await FirstLook.IsDueAsync(digests, account.UserId, record.Week, cancellationToken);
        var view = composer.View(account, record.Week, shown, LocalDay.Of(now, TimeZones.Of(account.TimeZone)), firstLook);
        var rendered = renderer.Render(view);
        if (await digests.TryUpdateAsync(record with { State = DigestState.Sending, Subject = rendered.Subject, UpdatedAt = now }, cancellationToken) is not { } sending)
        {
            return DigestRunOutcome.Busy;
        }

        string? messageId;
        try
        {
            messageId = await email.SendAsync(DigestComposer.Email(account, record.Week, rendered, view.Footer, options.Value.SendGrid.UnsubscribeMailbox), cancellationToken);
        }
        catch (Exception refused) when (refused is EmailNotSentException or HttpRequestException)
        {
            // SendGrid answered no, or was never reached: nothing went out, so the next delivery may send.
            await digests.TryUpdateAsync(sending with { State = DigestState.Planned, LeaseUntil = null, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            throw;
        }
        return await FinishAsync(sending with { MessageId = messageId, SentAt = time.GetUtcNow() }, DigestState.Sent, null, DigestRunOutcome.Sent, cancellationToken);
    }

    private async Task ReleaseAsync(DigestRecord held, CancellationToken cancellationToken)
    {
        if (await digests.FindAsync(held.UserId, held.Week, cancellationToken) is { } current && current.LeaseUntil == held.LeaseUntil && !current.IsFinal)
        {
            await digests.TryUpdateAsync(current with { LeaseUntil = null }, cancellationToken);
        }
    }

    private async Task<DigestRunOutcome> FinishAsync(DigestRecord record, DigestState state, string? note, DigestRunOutcome outcome, CancellationToken cancellationToken)
    {
        var finished = await digests.TryUpdateAsync(record with { State = state, Note = note, LeaseUntil = null, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        if (finished is null) return DigestRunOutcome.Busy;
        metrics.DigestFinished(state.ToString(), record.Week.ToString());
        return outcome;
    }
}
