namespace NudgeService.Application.Connect;

/// <summary>The Microsoft identity platform as NudgeService uses it: authorization code with PKCE, then silent refresh.</summary>
public interface IIdentityPlatform
{
    Uri AuthorizeUrl(string state, string codeChallenge, string? loginHint);

    /// <summary>
    /// A sign-in that only shows who is at the browser (the profile's permission, already granted):
    /// silent asks the identity platform not to interact (prompt=none), so a browser without the
    /// owner's session comes back with an error rather than a sign-in page.
    /// </summary>
    Uri OwnerProofUrl(string state, string codeChallenge, string nonce, string loginHint, bool silent);

    /// <summary>
    /// The admin consent endpoint, for the organisation of whoever signs in there: an administrator
    /// grants every permission NudgeService asks for to all its users at once, and comes back to the
    /// reply address with the tenant and what was granted.
    /// </summary>
    Uri AdminConsentUrl(string state);

    /// <summary>Redeems an owner-proof code for the identity its id token names; nothing is kept.</summary>
    Task<ProvenIdentity> RedeemOwnerProofAsync(string code, string codeVerifier, CancellationToken cancellationToken);

    /// <summary>Redeems an authorization code; the returned cache holds the tokens and is stored for the user.</summary>
    Task<RedeemedSignIn> RedeemCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken);

    /// <summary>A Graph access token from the user's stored cache, refreshing (and rotating the refresh token) when needed.</summary>
    /// <exception cref="ReconnectRequiredException">The refresh failed for good: revoked, expired or consent withdrawn.</exception>
    /// <param name="permissions">What the user granted: asking for more would fail the refresh.</param>
    Task<string> AcquireTokenSilentAsync(string userId, string homeAccountId, IReadOnlySet<string> permissions, bool forceRefresh, CancellationToken cancellationToken);
}

/// <param name="HomeAccountId">"oid.tid", MSAL's key of the account.</param>
public sealed record RedeemedSignIn(string ObjectId, string TenantId, string HomeAccountId, string Username, IReadOnlySet<string> GrantedPermissions, string AccessToken, byte[] TokenCache);

/// <summary>Who signed in, from the id token: the directory's ids (never the address, which a tenant can reassign) and the nonce it echoes.</summary>
public sealed record ProvenIdentity(string ObjectId, string TenantId, string? Nonce);

public sealed class ReconnectRequiredException(string reason) : Exception($"The account must be connected again: {reason}");

/// <summary>The identity platform refused to redeem the code (already used, expired, or not for this client).</summary>
public sealed class SignInRejectedException(string errorCode) : Exception($"The sign-in was rejected ({errorCode}).")
{
    public string ErrorCode { get; } = errorCode;
}
