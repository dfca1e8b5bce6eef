using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Identity;

/// <summary>The authorize endpoint as a browser meets it: the consent page, a narrower tenant grant, silent sign-in, refusal and bad requests.</summary>
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
    public async Task The_consent_page_offers_no_single_permission_and_posting_some_grants_every_one_asked()
    {
        using var browser = Browser();
        var fields = FormFields();
        fields.Add(new("grant", "https://graph.microsoft.com/User.Read"));

        var page = await browser.GetStringAsync(AuthorizeUrl());
        using var decision = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(fields));

        Assert.DoesNotContain("checkbox", page);
        Assert.Equal(["mail.readbasic", "mail.send", "user.read"], await GrantedScopesAsync(browser, decision));
    }

    [Fact]
    public async Task A_narrower_tenant_wide_grant_is_all_that_accepting_gives()
    {
        using var browser = Browser();
        var consent = sandbox.Services.GetRequiredService<ConsentSettings>();
        consent.DeclinedScopes = new HashSet<string>(["Mail.ReadBasic"], StringComparer.OrdinalIgnoreCase);

        using var decision = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(FormFields()));

        Assert.Equal(["mail.send", "user.read"], await GrantedScopesAsync(browser, decision));
    }

    [Fact]
    public async Task Prompt_none_answers_login_required_without_a_session_and_a_code_only_in_the_browser_signed_in_as_the_hinted_account()
    {
        using var browser = Browser();
        using var elsewhere = Browser();
        var address = sandbox.Mailboxes.All.Single().Owner.Address;

        var before = await SilentAsync(browser, address, Scopes);
        (await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(FormFields()))).Dispose();
        var signedIn = await SilentAsync(browser, address, Scopes);
        var otherHint = await SilentAsync(browser, "someone.else@example.com", Scopes);
        var moreScopes = await SilentAsync(browser, address, Scopes + " https://graph.microsoft.com/Calendars.Read");
        var otherBrowser = await SilentAsync(elsewhere, address, Scopes);

        Assert.Equal("login_required", before["error"]);
        Assert.Contains("AADSTS50058", before["error_description"].ToString());
        Assert.Equal("state-123", before["state"]);
        Assert.NotEmpty(signedIn["code"].ToString());
        Assert.Equal("interaction_required", otherHint["error"]);
        Assert.Equal("consent_required", moreScopes["error"]);
        Assert.Equal("login_required", otherBrowser["error"]);
    }

    private async Task<Dictionary<string, Microsoft.Extensions.Primitives.StringValues>> SilentAsync(HttpClient browser, string loginHint, string scopes)
    {
        var url = QueryHelpers.AddQueryString(AuthorizePath, new Dictionary<string, string?>
        {
            ["client_id"] = sandbox.Options.ClientId, ["response_type"] = "code", ["redirect_uri"] = RedirectUri,
            ["scope"] = scopes, ["state"] = "state-123", ["prompt"] = "none", ["login_hint"] = loginHint,
        });
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query);
    }

    private async Task<string[]> GrantedScopesAsync(HttpClient browser, HttpResponseMessage decision)
    {
        var code = QueryHelpers.ParseQuery(decision.Headers.Location!.Query)["code"].Single()!;
        using var token = await browser.PostAsync("common/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri,
            ["client_id"] = sandbox.Options.ClientId, ["client_secret"] = sandbox.Options.ClientSecret, ["scope"] = Scopes,
        }));
        var body = System.Text.Json.JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        var grant = sandbox.Services.GetRequiredService<TokenIssuer>().ValidateAccessToken(body.GetProperty("access_token").GetString());
        Assert.NotNull(grant);
        return [.. body.GetProperty("scope").GetString()!.Split(' ').Order()];
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
