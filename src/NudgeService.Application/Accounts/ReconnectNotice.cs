using Microsoft.Extensions.Logging;
using NudgeService.Application.Email;
using NudgeService.Application.Telemetry;

namespace NudgeService.Application.Accounts;

/// <summary>
/// Tells the owner of an account whose grant ended for good that it needs a reconnect: the account
/// is marked so, and only the call that marked it sends the email, so its owner gets one, never one a week.
/// </summary>
public sealed class ReconnectNotice(IUserStore users, IEmailSender email, AccountEmails accountEmails, NudgeMetrics metrics, TimeProvider time, ILogger<ReconnectNotice> logger)
{
    public async Task SendOnceAsync(UserAccount account, CancellationToken cancellationToken)
    {
        if (!await users.MarkNeedsReconnectAsync(account.UserId, time.GetUtcNow(), cancellationToken)) return;
        logger.LogWarning("Account {UserId} needs a reconnect; sending the one reconnect email", account.UserId);
        await email.SendAsync(accountEmails.Reconnect(account), cancellationToken);
        metrics.ReconnectEmailSent();
    }
}
