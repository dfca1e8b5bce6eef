using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Identity;

/// <summary>The authorize endpoint as a browser meets it: the consent page, partial consent, refusal and bad requests.</summary>
public sealed class ConsentTests : IAsyncLifetime
{
    private const string RedirectUri = "http://localhost:7071/api/auth/callback";
    private const string Scopes = "openid profile offline_access https://graph.microsoft.com/User.Read https://graph.microsoft.com/Mail.ReadBasic https://graph.microsoft.com/Mail.Send";
    private SandboxServer sandbox = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxServer.StartAsync(new SandboxOptions { AutoConsent = false });
        sandbox.AddMailbox(TestMailboxes.Create("Consent" + Guid.NewGuid().ToString("N")[..6]));
    }

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task The_consent_page_lists_the_requested_permissions_and_the_accounts()
    {
        using var browser = Browser();

        var page = await browser.GetStringAsync(AuthorizeUrl());

        Assert.Contains("Mail.ReadBasic", page);
        Assert.Contains("Mail.Send", page);
        Assert.Contains(sandbox.Mailboxes.All.Single().Owner.Address, page);
    }

    [Fact]
    public async Task Unticking_a_permission_grants_only_the_others()
    {
        using var browser = Browser();
        var fields = FormFields();
        fields.Add(new("grant", "https://graph.microsoft.com/User.Read"));
        fields.Add(new("grant", "https://graph.microsoft.com/Mail.Send"));

        using var decision = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(fields));
        var code = QueryHelpers.ParseQuery(decision.Headers.Location!.Query)["code"].Single()!;
        using var token = await browser.PostAsync("common/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri,
            ["client_id"] = sandbox.Options.ClientId, ["client_secret"] = sandbox.Options.ClientSecret, ["scope"] = Scopes,
        }));
        var body = System.Text.Json.JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        Assert.Equal(["mail.send", "user.read"], body.GetProperty("scope").GetString()!.Split(' ').Order());
        var grant = sandbox.Services.GetRequiredService<TokenIssuer>().ValidateAccessToken(body.GetProperty("access_token").GetString());
        Assert.DoesNotContain("Mail.ReadBasic", grant!.Scopes);
    }

    [Fact]
    public async Task Cancelling_redirects_with_access_denied_and_the_state()
    {
        using var browser = Browser();
        var fields = FormFields();
        fields[fields.FindIndex(field => field.Key == "decision")] = new("decision", "cancel");

        using var decision = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(fields));
        var query = QueryHelpers.ParseQuery(decision.Headers.Location!.Query);

        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Theory]
    [InlineData("client_id=not-registered&redirect_uri=http%3A%2F%2Flocalhost%2Fcb", "AADSTS700016")]
    [InlineData("redirect_uri=https%3A%2F%2Fevil.example%2Fcb", "AADSTS50011")]
    public async Task A_request_from_an_unknown_client_or_to_a_foreign_reply_address_stops_on_an_error_page(string overrides, string code)
    {
        using var browser = Browser();
        var query = QueryHelpers.ParseQuery("?" + overrides);
        var url = QueryHelpers.AddQueryString(AuthorizePath, new Dictionary<string, string?>
        {
            ["client_id"] = query.TryGetValue("client_id", out var client) ? client.ToString() : sandbox.Options.ClientId,
            ["redirect_uri"] = query["redirect_uri"].ToString(),
            ["response_type"] = "code",
            ["scope"] = Scopes,
        });

        using var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync());
    }

    private const string AuthorizePath = "common/oauth2/v2.0/authorize";

    private HttpClient Browser() => new(SandboxCertificate.TrustingHandler(sandbox.Certificate, allowRedirects: false)) { BaseAddress = sandbox.SecureBaseUrl };

    private string AuthorizeUrl() => QueryHelpers.AddQueryString(AuthorizePath, FormFields().Where(field => field.Key != "decision").ToDictionary(field => field.Key, field => (string?)field.Value));

    private List<KeyValuePair<string, string>> FormFields() =>
    [
        new("client_id", sandbox.Options.ClientId),
        new("response_type", "code"),
        new("redirect_uri", RedirectUri),
        new("scope", Scopes),
        new("state", "state-123"),
        new("account", sandbox.Mailboxes.All.Single().Key),
        new("decision", "accept"),
    ];
}
