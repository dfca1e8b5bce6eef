using Microsoft.Extensions.Logging;
using NudgeService.Application.Connect;
using NudgeService.Application.MailEvents;

namespace NudgeService.Application.Operations;

/// <summary>What one sweep deleted.</summary>
public sealed record SweepReport(int SpentSignIns, int WebhookPosts);

/// <summary>
/// Deletes rows whose purpose has passed: records of finished sign-ins whose state has
/// expired (a replay of it can no longer be opened) and webhook signatures older than the freshness any post must have.
/// </summary>
public sealed class ExpiredRowSweep(ISpentSignInStore signIns, IWebhookReplayGuard replays, TimeProvider time, ILogger<ExpiredRowSweep> logger)
{
    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = new SweepReport(
            await signIns.RemoveExpiredAsync(now, cancellationToken),
            // Twice the freshness: a post signed just inside the window on a clock ahead of ours stays refused as a replay.
            await replays.ForgetBeforeAsync(now - 2 * MailEventWebhook.Freshness, cancellationToken));
        logger.LogInformation("Swept {SignIns} finished sign-ins and {Posts} webhook signatures", report.SpentSignIns, report.WebhookPosts);
        return report;
    }
}
