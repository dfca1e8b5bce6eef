using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Identity;

/// <summary>Work tenants whose users may not consent: "Need admin approval", the admin consent endpoint, and what a tenant-wide grant then allows.</summary>
public sealed class TenantConsentTests : IAsyncLifetime
{
    private const string RedirectUri = "http://localhost:7071/api/auth/callback";
    private const string GraphScopes = "https://graph.microsoft.com/User.Read https://graph.microsoft.com/Mail.ReadBasic https://graph.microsoft.com/Mail.Send";
    private const string Scopes = "openid profile offline_access " + GraphScopes;
    private SandboxServer sandbox = null!;
    private Mailbox user = null!;
    private Mailbox administrator = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxServer.StartAsync(new SandboxOptions { AutoConsent = false });
        var tenant = Guid.NewGuid().ToString();
        user = sandbox.AddMailbox(InTenant(TestMailboxes.Create("Member" + Guid.NewGuid().ToString("N")[..6]), tenant));
        administrator = sandbox.AddMailbox(InTenant(TestMailboxes.Create("Admin" + Guid.NewGuid().ToString("N")[..6]), tenant));
        Consent.Administrators = new HashSet<string>([administrator.Owner.Address], StringComparer.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    private ConsentSettings Consent => sandbox.Services.GetRequiredService<ConsentSettings>();

    [Theory]
    [InlineData(UserConsentPolicy.AdminOnly, "AADSTS90093")]
    [InlineData(UserConsentPolicy.VerifiedPublishersOnly, "AADSTS90094")]
    public async Task Accepting_in_a_tenant_that_lets_only_admins_consent_stops_at_need_admin_approval_whose_only_way_back_is_a_cancel(UserConsentPolicy policy, string code)
    {
        Consent.UserConsent = policy;
        using var browser = Browser();

        using var blocked = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(Fields(user, "accept")));
        var page = await blocked.Content.ReadAsStringAsync();
        using var back = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(Fields(user, "cancel")));
        var query = QueryHelpers.ParseQuery(back.Headers.Location!.Query);

        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        Assert.Null(blocked.Headers.Location);
        Assert.Contains("Need admin approval", page);
        Assert.Contains(code, page);
        Assert.Contains("Return to the application without granting consent", page);
        Assert.DoesNotContain("value=\"accept\"", page);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("cancel", query["error_subcode"]);
        Assert.Contains("AADSTS65004", query["error_description"].ToString());
    }

    [Fact]
    public async Task An_admin_approves_for_the_tenant_and_its_users_then_sign_in_with_every_permission_approved()
    {
        Consent.UserConsent = UserConsentPolicy.AdminOnly;
        using var adminBrowser = Browser();
        using var userBrowser = Browser();

        var screen = await adminBrowser.GetStringAsync(AdminConsentUrl());
        using var approved = await adminBrowser.PostAsync(AdminConsentPath, new FormUrlEncodedContent(AdminFields(administrator, "accept")));
        var answer = QueryHelpers.ParseQuery(approved.Headers.Location!.Query);
        using var signIn = await userBrowser.PostAsync(AuthorizePath, new FormUrlEncodedContent(Fields(user, "accept")));

        Assert.Contains("Accept for your organization", screen);
        Assert.Equal("True", answer["admin_consent"]);
        Assert.Equal(user.Owner.TenantId, answer["tenant"]);
        Assert.Equal(GraphScopes, answer["scope"]);
        Assert.Equal("admin-state", answer["state"]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.NotEmpty(QueryHelpers.ParseQuery(signIn.Headers.Location!.Query)["code"].ToString());
    }

    [Fact]
    public async Task A_tenant_grant_without_a_withheld_permission_lets_users_in_with_the_rest_and_the_admin_learns_what_was_granted()
    {
        Consent.UserConsent = UserConsentPolicy.AdminOnly;
        Consent.DeclinedScopes = new HashSet<string>(["Mail.ReadBasic"], StringComparer.OrdinalIgnoreCase);
        using var adminBrowser = Browser();
        using var userBrowser = Browser();

        using var approved = await adminBrowser.PostAsync(AdminConsentPath, new FormUrlEncodedContent(AdminFields(administrator, "accept")));
        using var signIn = await userBrowser.PostAsync(AuthorizePath, new FormUrlEncodedContent(Fields(user, "accept")));

        Assert.Equal("https://graph.microsoft.com/User.Read https://graph.microsoft.com/Mail.Send", QueryHelpers.ParseQuery(approved.Headers.Location!.Query)["scope"]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.NotEmpty(QueryHelpers.ParseQuery(signIn.Headers.Location!.Query)["code"].ToString());
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_approve_for_the_tenant_and_the_application_hears_nothing()
    {
        Consent.UserConsent = UserConsentPolicy.AdminOnly;
        using var browser = Browser();

        using var refused = await browser.PostAsync(AdminConsentPath, new FormUrlEncodedContent(AdminFields(user, "accept")));
        using var signIn = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(Fields(user, "accept")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        Assert.Contains("not an administrator", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Need admin approval", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_admin_who_cancels_sends_permission_denied_back()
    {
        using var browser = Browser();

        using var cancelled = await browser.PostAsync(AdminConsentPath, new FormUrlEncodedContent(AdminFields(administrator, "cancel")));
        var answer = QueryHelpers.ParseQuery(cancelled.Headers.Location!.Query);

        Assert.Equal("permission_denied", answer["error"]);
        Assert.False(answer.ContainsKey("admin_consent"));
        Assert.Equal("admin-state", answer["state"]);
    }

    [Fact]
    public async Task A_personal_account_consents_for_itself_whatever_work_tenants_allow()
    {
        Consent.UserConsent = UserConsentPolicy.AdminOnly;
        var personal = sandbox.AddMailbox(InTenant(TestMailboxes.Create("Personal" + Guid.NewGuid().ToString("N")[..6]), MailboxOwner.ConsumerTenantId));
        using var browser = Browser();

        using var signIn = await browser.PostAsync(AuthorizePath, new FormUrlEncodedContent(Fields(personal, "accept")));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.NotEmpty(QueryHelpers.ParseQuery(signIn.Headers.Location!.Query)["code"].ToString());
    }

    [Fact]
    public async Task Admin_consent_through_the_consumers_tenant_is_refused()
    {
        using var browser = Browser();

        using var response = await browser.GetAsync(AdminConsentUrl().Replace("organizations/", "consumers/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AADSTS90093", await response.Content.ReadAsStringAsync());
    }

    private static MailboxSeed InTenant(MailboxSeed seed, string tenantId) => seed with { Owner = seed.Owner with { TenantId = tenantId } };

    private const string AuthorizePath = "common/oauth2/v2.0/authorize";
    private const string AdminConsentPath = "organizations/v2.0/adminconsent";

    private HttpClient Browser() => new(SandboxCertificate.TrustingHandler(sandbox.Certificate, allowRedirects: false)) { BaseAddress = sandbox.SecureBaseUrl };

    private string AdminConsentUrl() => QueryHelpers.AddQueryString(AdminConsentPath, new Dictionary<string, string?>
    {
        ["client_id"] = sandbox.Options.ClientId, ["redirect_uri"] = RedirectUri, ["scope"] = GraphScopes, ["state"] = "admin-state",
    });

    private List<KeyValuePair<string, string>> AdminFields(Mailbox account, string decision) =>
    [
        new("client_id", sandbox.Options.ClientId),
        new("redirect_uri", RedirectUri),
        new("scope", GraphScopes),
        new("state", "admin-state"),
        new("account", account.Key),
        new("decision", decision),
    ];

    private List<KeyValuePair<string, string>> Fields(Mailbox account, string decision) =>
    [
        new("client_id", sandbox.Options.ClientId),
        new("response_type", "code"),
        new("redirect_uri", RedirectUri),
        new("scope", Scopes),
        new("state", "state-123"),
        new("account", account.Key),
        new("decision", decision),
    ];
}
