using Microsoft.Extensions.Logging;
using NudgeService.Application.Connect;
using NudgeService.Application.Email;
using NudgeService.Application.Telemetry;

namespace NudgeService.Application.Accounts;

/// <summary>
/// Graph access tokens for background work. When the refresh token is dead for good the account
/// is marked as needing a reconnect and its owner gets one email, never one a week.
/// </summary>
public sealed class GraphAccess(IIdentityPlatform identity, IUserStore users, IEmailSender email, AccountEmails accountEmails, NudgeMetrics metrics, TimeProvider time, ILogger<GraphAccess> logger)
{
    /// <exception cref="ReconnectRequiredException">The account can no longer be served until its owner reconnects.</exception>
    public async Task<string> AccessTokenAsync(UserAccount account, bool forceRefresh, CancellationToken cancellationToken)
    {
        if (account.Status == AccountStatus.NeedsReconnect) throw new ReconnectRequiredException("the account is waiting for its owner to reconnect");
        try
        {
            return await identity.AcquireTokenSilentAsync(account.UserId, account.HomeAccountId, account.GrantedScopes, forceRefresh, cancellationToken);
        }
        catch (ReconnectRequiredException)
        {
            if (await users.MarkNeedsReconnectAsync(account.UserId, time.GetUtcNow(), cancellationToken))
            {
                logger.LogWarning("Account {UserId} needs a reconnect; sending the one reconnect email", account.UserId);
                await email.SendAsync(accountEmails.Reconnect(account), cancellationToken);
                metrics.ReconnectEmailSent();
            }
            throw;
        }
    }

    /// <summary>
    /// Calls Graph with the account's access token and, when Graph rejects it before its expiry,
    /// once more with a refreshed one: only a refresh tells a passing glitch from access gone for good.
    /// </summary>
    /// <exception cref="AccessTokenRejectedException">Graph rejected the refreshed token too.</exception>
    /// <exception cref="ReconnectRequiredException">The account can no longer be served until its owner reconnects.</exception>
    public async Task<T> CallAsync<T>(UserAccount account, Func<string, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(await AccessTokenAsync(account, forceRefresh: false, cancellationToken));
        }
        catch (AccessTokenRejectedException)
        {
            return await call(await AccessTokenAsync(account, forceRefresh: true, cancellationToken));
        }
    }
}
