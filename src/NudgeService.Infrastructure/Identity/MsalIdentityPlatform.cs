using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;

namespace NudgeService.Infrastructure.Identity;

/// <summary>
/// The identity platform through MSAL's confidential client. Each call works on one user's
/// serialized cache: loaded (decrypted) before, written back after when MSAL changed it.
/// </summary>
internal sealed class MsalIdentityPlatform(IOptions<NudgeOptions> options, ITokenCacheStore caches, IMsalHttpClientFactory httpClientFactory) : IIdentityPlatform
{
    private IdentityOptions Identity => options.Value.Identity;

    public Uri AuthorizeUrl(string state, string codeChallenge, string? loginHint) =>
        Authorize(GraphPermissions.Scopes(Identity).Concat(["offline_access", "openid", "profile"]), state, codeChallenge, "select_account", loginHint);

    public Uri OwnerProofUrl(string state, string codeChallenge, string nonce, string loginHint, bool silent) =>
        Authorize(ProofScopes.Concat(["openid", "profile"]), state, codeChallenge, silent ? "none" : null, loginHint, nonce);

    public Uri AdminConsentUrl(string state)
    {
        var authority = Identity.Authority.TrimEnd('/');
        var authorityTenant = authority[(authority.LastIndexOf('/') + 1)..];
        // A multi-tenant authority names no organisation; "common" would also let a personal account try, which cannot consent for one.
        var tenant = authorityTenant is "common" or "consumers" ? "organizations" : authorityTenant;
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = Identity.ClientId,
            ["redirect_uri"] = Identity.RedirectUri,
            ["scope"] = string.Join(' ', GraphPermissions.Scopes(Identity)),
            ["state"] = state,
        };
        return new Uri(QueryHelpers.AddQueryString($"{authority[..(authority.LastIndexOf('/') + 1)]}{tenant}/v2.0/adminconsent", parameters));
    }

    public async Task<ProvenIdentity> RedeemOwnerProofAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        AuthenticationResult result;
        try
        {
            // A cache of its own, dropped afterwards: the proof must not touch the tokens the account is served with.
            result = await CreateApp(new SerializedCache(null)).AcquireTokenByAuthorizationCode(ProofScopes, code)
                .WithPkceCodeVerifier(codeVerifier)
                .ExecuteAsync(cancellationToken);
        }
        catch (MsalServiceException rejected)
        {
            throw new SignInRejectedException(rejected.ErrorCode);
        }
        string? Claim(string type) => result.ClaimsPrincipal?.FindFirst(type)?.Value;
        return new ProvenIdentity(Claim("oid") ?? "", Claim("tid") ?? "", Claim("nonce"));
    }

    private static readonly string[] ProofScopes = [GraphPermissions.ProfileScope];

    private Uri Authorize(IEnumerable<string> scopes, string state, string codeChallenge, string? prompt, string? loginHint, string? nonce = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = Identity.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = Identity.RedirectUri,
            ["response_mode"] = "query",
            ["scope"] = string.Join(' ', scopes),
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
        };
        if (prompt is not null) parameters["prompt"] = prompt;
        if (!string.IsNullOrEmpty(loginHint)) parameters["login_hint"] = loginHint;
        if (nonce is not null) parameters["nonce"] = nonce;
        return new Uri(QueryHelpers.AddQueryString($"{Identity.Authority.TrimEnd('/')}/oauth2/v2.0/authorize", parameters));
    }

    public async Task<RedeemedSignIn> RedeemCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken)
    {
        var cache = new SerializedCache(null);
        var app = CreateApp(cache);
        AuthenticationResult result;
        try
        {
            result = await app.AcquireTokenByAuthorizationCode(GraphPermissions.Scopes(Identity), code)
                .WithPkceCodeVerifier(codeVerifier)
                .ExecuteAsync(cancellationToken);
        }
        catch (MsalServiceException rejected)
        {
            throw new SignInRejectedException(rejected.ErrorCode);
        }
        var granted = GraphPermissions.SetOf(result.Scopes);
        var account = result.Account.HomeAccountId;
        return new RedeemedSignIn(account.ObjectId, account.TenantId, account.Identifier, result.Account.Username, granted, result.AccessToken, cache.Bytes!);
    }

    public async Task<string> AcquireTokenSilentAsync(string userId, string homeAccountId, IReadOnlySet<string> permissions, bool forceRefresh, CancellationToken cancellationToken)
    {
        var cache = new SerializedCache(await caches.LoadAsync(userId, cancellationToken));
        var app = CreateApp(cache);
        var account = await app.GetAccountAsync(homeAccountId) ?? throw new ReconnectRequiredException("no signed-in account in the token cache");
        var scopes = GraphPermissions.Scopes(Identity).Where(scope => permissions.Contains(GraphPermissions.Short(scope))).ToList();
        try
        {
            var result = await app.AcquireTokenSilent(scopes, account).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            // MSAL rotates the refresh token on every refresh; the new one must replace the old.
            if (cache.Changed) await caches.SaveAsync(userId, cache.Bytes!, cancellationToken);
            return result.AccessToken;
        }
        catch (MsalUiRequiredException dead)
        {
            throw new ReconnectRequiredException(dead.ErrorCode);
        }
    }

    private IConfidentialClientApplication CreateApp(SerializedCache cache)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(Identity.ClientId)
            .WithClientSecret(Identity.ClientSecret)
            .WithRedirectUri(Identity.RedirectUri)
            .WithHttpClientFactory(httpClientFactory)
            .WithLogging((_, _, _) => { }, LogLevel.Warning, enablePiiLogging: false);
        builder = IsMicrosoftAuthority
            ? builder.WithAuthority(Identity.Authority)
            : builder.WithAuthority(Identity.Authority, validateAuthority: false).WithInstanceDiscovery(false);
        var app = builder.Build();
        cache.Attach(app.UserTokenCache);
        return app;
    }

    /// <summary>Only Microsoft's own cloud answers instance discovery; another authority (the sandbox) is taken as configured.</summary>
    private bool IsMicrosoftAuthority => new Uri(Identity.Authority).Host.EndsWith("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase);

    private sealed class SerializedCache(byte[]? initial)
    {
        public byte[]? Bytes { get; private set; } = initial;

        public bool Changed { get; private set; }

        public void Attach(ITokenCache cache)
        {
            cache.SetBeforeAccess(args => args.TokenCache.DeserializeMsalV3(Bytes));
            cache.SetAfterAccess(args =>
            {
                if (!args.HasStateChanged) return;
                Bytes = args.TokenCache.SerializeMsalV3();
                Changed = true;
            });
        }
    }
}
