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
        Assert.Contains("https://graph.microsoft.com/Mail.Send", result.Scopes);
        Assert.Equal(mailbox.Key, Sandbox.Services.GetRequiredService<NudgeService.Sandbox.Identity.TokenIssuer>().ValidateAccessToken(result.AccessToken)?.MailboxKey);
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
        using var browser = new SandboxHttp(Sandbox.Certificate).CreateClient(allowRedirects: false);
        using var response = await browser.GetAsync(url);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}");
        var code = QueryHelpers.ParseQuery(location.Query)["code"].Single()!;
        return await app.AcquireTokenByAuthorizationCode(Scopes, code).WithPkceCodeVerifier(verifier).ExecuteAsync();
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
