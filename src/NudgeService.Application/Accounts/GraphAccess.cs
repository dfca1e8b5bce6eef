using NudgeService.Application.Connect;

namespace NudgeService.Application.Accounts;

/// <summary>Graph access tokens for background work, refreshed silently; a refresh token dead for good is the owner's to renew.</summary>
public sealed class GraphAccess(IIdentityPlatform identity, ReconnectNotice reconnectNotice)
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
            await reconnectNotice.SendOnceAsync(account, cancellationToken);
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
