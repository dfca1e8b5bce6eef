using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

/// <summary>A company tenant where people may not consent for themselves: the page they come back to, the administrator's approval, and connecting after it.</summary>
[Collection(ConnectEnvironment.Name)]
public sealed class AdminConsentTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_person_blocked_by_need_admin_approval_gets_the_link_for_the_admin_whose_approval_lets_them_connect()
    {
        var tenant = Guid.NewGuid().ToString();
        var member = NewMailboxIn(tenant, "Member");
        var administrator = NewMailboxIn(tenant, "Admin");
        await WithTenantPolicyAsync(administrator, async () =>
        {
            var (blocked, _) = await environment.ConnectAsync(member, "fr");
            var blockedPage = System.Net.WebUtility.HtmlDecode(await blocked.Content.ReadAsStringAsync());
            var storedWhenBlocked = await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(member));
            var adminLink = AdminLinkOn(blockedPage);

            using var adminBrowser = environment.Browser();
            var (approval, hops) = await adminBrowser.FollowAsync(await adminBrowser.GetAsync(adminLink));
            var approvalPage = System.Net.WebUtility.HtmlDecode(await approval.Content.ReadAsStringAsync());
            var (connected, _) = await environment.ConnectAsync(member, "fr");

            Assert.Equal(403, (int)blocked.StatusCode);
            Assert.Contains("rien n'a été enregistré", blockedPage);
            Assert.Contains("Need admin approval", blockedPage);
            Assert.Empty(storedWhenBlocked);
            Assert.Contains(hops, hop => hop.AbsolutePath.EndsWith("/organizations/v2.0/adminconsent", StringComparison.Ordinal));
            Assert.Equal(200, (int)approval.StatusCode);
            Assert.Contains("NudgeService est approuvé pour votre organisation", approvalPage);
            Assert.Empty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(administrator)));
            Assert.Equal(200, (int)connected.StatusCode);
            var account = await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(ConnectSteps.UserIdOf(member), CancellationToken.None);
            Assert.Contains("Mail.ReadBasic", account!.GrantedScopes);
        });
    }

    [Fact]
    public async Task An_approval_that_withholds_a_permission_says_what_no_one_in_the_organisation_will_have()
    {
        var administrator = NewMailboxIn(Guid.NewGuid().ToString(), "Narrow");
        environment.Consent.DeclinedScopes = new HashSet<string>(["Mail.Send"], StringComparer.OrdinalIgnoreCase);
        try
        {
            await WithTenantPolicyAsync(administrator, async () =>
            {
                using var browser = environment.Browser();
                var (approval, _) = await browser.FollowAsync(await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/connect/admin?lang=en")));
                var page = await approval.Content.ReadAsStringAsync();

                Assert.Equal(200, (int)approval.StatusCode);
                Assert.Contains("leaves out some of what NudgeService asks for", page);
                Assert.Contains("drafted messages cannot be sent", page);
            });
        }
        finally
        {
            environment.Consent.DeclinedScopes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_approval_cancelled_or_finished_in_another_browser_says_nothing_changed()
    {
        var administrator = NewMailboxIn(Guid.NewGuid().ToString(), "Cancels");
        await WithTenantPolicyAsync(administrator, async () =>
        {
            using var browser = environment.Browser();
            using var elsewhere = environment.Browser();
            var start = await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/connect/admin?lang=en"));
            var approved = await browser.GetAsync(start.Headers.Location);
            var inOtherBrowser = await elsewhere.GetAsync(approved.Headers.Location);

            environment.Consent.Mode = ConsentMode.AutoDeny;
            try
            {
                var (cancelled, _) = await browser.FollowAsync(await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/connect/admin?lang=en")));

                Assert.Equal(403, (int)inOtherBrowser.StatusCode);
                Assert.DoesNotContain("is approved", await inOtherBrowser.Content.ReadAsStringAsync());
                Assert.Equal(403, (int)cancelled.StatusCode);
                Assert.Contains("did not record an approval (permission_denied)", await cancelled.Content.ReadAsStringAsync());
            }
            finally
            {
                environment.Consent.Mode = ConsentMode.AutoAccept;
            }
        });
    }

    private Mailbox NewMailboxIn(string tenantId, string name)
    {
        var seed = TestMailboxes.Create(name + Guid.NewGuid().ToString("N")[..6]);
        return environment.Sandbox.AddMailbox(seed with { Owner = seed.Owner with { TenantId = tenantId } });
    }

    /// <summary>Runs with the tenant's users unable to consent and the given account as its administrator; the sandbox's sign-in then picks them as Entra would.</summary>
    private async Task WithTenantPolicyAsync(Mailbox administrator, Func<Task> test)
    {
        environment.Consent.UserConsent = UserConsentPolicy.AdminOnly;
        environment.Consent.Administrators = new HashSet<string>([administrator.Owner.Address], StringComparer.OrdinalIgnoreCase);
        try
        {
            await test();
        }
        finally
        {
            environment.Consent.UserConsent = UserConsentPolicy.Allowed;
            environment.Consent.Administrators = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }
    }

    private Uri AdminLinkOn(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "href=\"([^\"]*api/connect/admin[^\"]*)\"");
        Assert.True(match.Success, "the page links to the administrator's approval");
        return new Uri(match.Groups[1].Value);
    }
}
