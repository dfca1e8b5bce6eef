using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Identity;

public sealed class MsalAuthorizationCodeTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string RedirectUri = "http://localhost:7071/api/auth/callback";
    private static readonly string[] Scopes = ["https://graph.microsoft.com/User.Read", "https://graph.microsoft.com/Mail.ReadBasic", "https://graph.microsoft.com/Mail.Send"];

    private SandboxServer Sandbox => fixture.Server;

    [Fact]
    public async Task Authorization_code_with_pkce_yields_tokens_for_the_signed_in_mailbox()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Alice" + Guid.NewGuid().ToString("N")[..6]));
        var app = CreateApp(new InMemoryCache());

        var result = await SignInAsync(app, mailbox);

        Assert.Equal(mailbox.Owner.Address, result.Account.Username);
        Assert.Equal($"{mailbox.Owner.ObjectId}.{mailbox.Owner.TenantId}", result.Account.HomeAccountId.Identifier);
        Assert.Contains("mail.send", result.Scopes); // the spelling of the grant, as the identity platform may answer
        Assert.Equal(mailbox.Key, Sandbox.Services.GetRequiredService<NudgeService.Sandbox.Identity.TokenIssuer>().ValidateAccessToken(result.AccessToken)?.MailboxKey);
    }

    [Fact]
    public async Task A_serialized_cache_reloaded_in_a_new_instance_refreshes_silently_with_a_rotated_refresh_token()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Bob" + Guid.NewGuid().ToString("N")[..6]));
        var cache = new InMemoryCache();
        var first = await SignInAsync(CreateApp(cache), mailbox);
        var cacheAfterSignIn = cache.Bytes!;

        var restarted = CreateApp(cache);
        var account = await restarted.GetAccountAsync(first.Account.HomeAccountId.Identifier);
        var refreshed = await restarted.AcquireTokenSilent(Scopes, account).WithForceRefresh(true).ExecuteAsync();

        Assert.NotEqual(first.AccessToken, refreshed.AccessToken);
        Assert.Equal(TokenSource.IdentityProvider, refreshed.AuthenticationResultMetadata.TokenSource);
        Assert.False(cache.Bytes!.SequenceEqual(cacheAfterSignIn));
        var graph = SandboxGraph.CreateClient(Sandbox, mailbox);
        Assert.Equal(mailbox.Owner.Address, (await graph.Me.GetAsync())!.Mail);
    }

    [Fact]
    public async Task After_a_revoke_silent_refresh_fails_with_invalid_grant()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Carol" + Guid.NewGuid().ToString("N")[..6]));
        var cache = new InMemoryCache();
        var app = CreateApp(cache);
        var signedIn = await SignInAsync(app, mailbox);

        Sandbox.Services.GetRequiredService<NudgeService.Sandbox.Identity.TokenIssuer>().Revoke(mailbox.Key);
        var account = await app.GetAccountAsync(signedIn.Account.HomeAccountId.Identifier);
        var error = await Assert.ThrowsAsync<MsalUiRequiredException>(() => app.AcquireTokenSilent(Scopes, account).WithForceRefresh(true).ExecuteAsync());

        Assert.Equal("invalid_grant", error.ErrorCode);
    }

    [Fact]
    public async Task An_authorization_code_cannot_be_redeemed_twice()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Dan" + Guid.NewGuid().ToString("N")[..6]));
        var app = CreateApp(new InMemoryCache());
        var url = await app.GetAuthorizationRequestUrl(Scopes).WithPkce(out var verifier).WithLoginHint(mailbox.Owner.Address).ExecuteAsync();
        var code = await FollowToCodeAsync(url);

        await app.AcquireTokenByAuthorizationCode(Scopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync();
        var replay = await Assert.ThrowsAnyAsync<MsalServiceException>(() => app.AcquireTokenByAuthorizationCode(Scopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync());

        Assert.Equal("invalid_grant", replay.ErrorCode);
        Assert.Contains("AADSTS54005", replay.Message);
    }

    [Fact]
    public async Task A_wrong_pkce_verifier_is_refused()
    {
        var mailbox = Sandbox.AddMailbox(TestMailboxes.Create("Eve" + Guid.NewGuid().ToString("N")[..6]));
        var app = CreateApp(new InMemoryCache());
        var url = await app.GetAuthorizationRequestUrl(Scopes).WithPkce(out _).WithLoginHint(mailbox.Owner.Address).ExecuteAsync();
        var code = await FollowToCodeAsync(url);

        var error = await Assert.ThrowsAnyAsync<MsalServiceException>(() => app.AcquireTokenByAuthorizationCode(Scopes, code).WithPkceCodeVerifier(new string('x', 43)).ExecuteAsync());

        Assert.Contains("AADSTS501481", error.Message);
    }

    private IConfidentialClientApplication CreateApp(InMemoryCache cache)
    {
        var app = ConfidentialClientApplicationBuilder.Create(Sandbox.Options.ClientId)
            .WithClientSecret(Sandbox.Options.ClientSecret)
            .WithAuthority(Sandbox.Authority.ToString(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithRedirectUri(RedirectUri)
            .WithHttpClientFactory(new SandboxHttp(Sandbox.Certificate))
            .Build();
        cache.Attach(app.UserTokenCache);
        return app;
    }

    private async Task<AuthenticationResult> SignInAsync(IConfidentialClientApplication app, Mailbox mailbox)
    {
        var url = await app.GetAuthorizationRequestUrl(Scopes).WithPkce(out var verifier).WithLoginHint(mailbox.Owner.Address).ExecuteAsync();
        var code = await FollowToCodeAsync(url);
        return await app.AcquireTokenByAuthorizationCode(Scopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync();
    }

    /// <summary>What a browser does with consent granted automatically: follow the authorize URL to the redirect carrying the code.</summary>
    private async Task<string> FollowToCodeAsync(Uri authorizeUrl)
    {
        using var browser = new SandboxHttp(Sandbox.Certificate).CreateClient(allowRedirects: false);
        using var response = await browser.GetAsync(authorizeUrl);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}");
        return QueryHelpers.ParseQuery(location.Query)["code"].Single()!;
    }
}

/// <summary>A serialized MSAL cache kept in memory, as a store would keep it per user.</summary>
public sealed class InMemoryCache
{
    public byte[]? Bytes { get; private set; }

    public void Attach(ITokenCache cache)
    {
        cache.SetBeforeAccess(args => args.TokenCache.DeserializeMsalV3(Bytes));
        cache.SetAfterAccess(args =>
        {
            if (args.HasStateChanged) Bytes = args.TokenCache.SerializeMsalV3();
        });
    }
}
