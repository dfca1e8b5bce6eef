using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Sandbox.Identity;

/// <summary>
/// The directory's token service: authorization codes (single use, PKCE-bound), opaque access
/// tokens checked by the Graph emulator, rotating refresh tokens, and revocation.
/// </summary>
public sealed class TokenIssuer(SandboxOptions options, TimeProvider time)
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan RefreshTokenIdleLifetime = TimeSpan.FromDays(90);
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, PendingCode> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AccessGrant> accessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshGrant> refreshTokens = new(StringComparer.Ordinal);

    public bool IsRegisteredClient(string? clientId) => string.Equals(clientId, options.ClientId, StringComparison.Ordinal);

    public bool IsClientSecret(string? secret) =>
        secret is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(options.ClientSecret));

    internal string IssueCode(ConsentGrant grant, string redirectUri, string? challenge, string? challengeMethod, string? nonce)
    {
        var code = NewSecret("M.C");
        codes[code] = new PendingCode(grant, redirectUri, challenge, challengeMethod, nonce, time.GetUtcNow() + CodeLifetime);
        return code;
    }

    internal (ConsentGrant? Grant, string? Nonce, OAuthError? Error) RedeemCode(string? code, string? redirectUri, string? verifier)
    {
        if (code is null || !codes.TryGetValue(code, out var pending) || pending.ExpiresAt < time.GetUtcNow()) return (null, null, OAuthError.CodeInvalid());
        lock (pending)
        {
            if (pending.Redeemed) return (null, null, OAuthError.CodeRedeemed());
            pending.Redeemed = true;
        }
        if (!string.Equals(pending.RedirectUri, redirectUri, StringComparison.Ordinal)) return (null, null, OAuthError.RedirectMismatch());
        if (pending.CodeChallenge is not null && !Pkce.Matches(pending.CodeChallenge, pending.CodeChallengeMethod, verifier)) return (null, null, OAuthError.PkceMismatch());
        return (pending.Grant, pending.Nonce, null);
    }

    internal (ConsentGrant? Grant, OAuthError? Error) RedeemRefreshToken(string? refreshToken, IReadOnlyList<string> requestedScopes)
    {
        if (refreshToken is null || !refreshTokens.TryRemove(refreshToken, out var refresh)) return (null, OAuthError.RefreshRevoked());
        if (refresh.ExpiresAt < time.GetUtcNow()) return (null, OAuthError.CodeInvalid());
        var missing = requestedScopes
            .Where(scope => !GraphScopes.OpenIdScopes.Contains(scope))
            .FirstOrDefault(scope => GraphScopes.Canonical(scope) is not { } canonical || (canonical != ".default" && !refresh.Grant.Scopes.Contains(canonical)));
        return missing is null ? (refresh.Grant, null) : (null, OAuthError.ConsentRequired(missing));
    }

    /// <summary>A fresh access token, and a new refresh token replacing any earlier one when offline access was granted.</summary>
    internal (string AccessToken, string? RefreshToken) IssueTokens(ConsentGrant grant)
    {
        var accessToken = IssueAccessToken(grant.MailboxKey, grant.Scopes, AccessTokenLifetime);
        string? refreshToken = null;
        if (grant.OfflineAccess)
        {
            refreshToken = NewSecret("M.R");
            refreshTokens[refreshToken] = new RefreshGrant(grant, time.GetUtcNow() + RefreshTokenIdleLifetime);
        }
        return (accessToken, refreshToken);
    }

    public string IssueAccessToken(string mailboxKey, IReadOnlySet<string> scopes, TimeSpan lifetime)
    {
        var token = NewSecret("EwB");
        accessTokens[token] = new AccessGrant(mailboxKey, scopes, time.GetUtcNow() + lifetime);
        return token;
    }

    public AccessGrant? ValidateAccessToken(string? token) =>
        token is not null && accessTokens.TryGetValue(token, out var grant) && grant.ExpiresAt > time.GetUtcNow() ? grant : null;

    /// <summary>Revokes every refresh and access token of a mailbox, as a password reset or a withdrawn consent does.</summary>
    public int Revoke(string mailboxKey)
    {
        var revoked = 0;
        foreach (var (token, refresh) in refreshTokens)
        {
            if (refresh.Grant.MailboxKey == mailboxKey && refreshTokens.TryRemove(token, out _)) revoked++;
        }
        foreach (var (token, access) in accessTokens)
        {
            if (access.MailboxKey == mailboxKey && accessTokens.TryRemove(token, out _)) revoked++;
        }
        return revoked;
    }

    private static string NewSecret(string prefix) => prefix + "." + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

internal static class Pkce
{
    public static bool Matches(string challenge, string? method, string? verifier)
    {
        if (verifier is null) return false;
        if (string.Equals(method, "plain", StringComparison.Ordinal)) return string.Equals(challenge, verifier, StringComparison.Ordinal);
        var hash = SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier));
        return string.Equals(challenge, Base64Url.EncodeToString(hash), StringComparison.Ordinal);
    }
}
