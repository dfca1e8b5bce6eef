using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Sandbox.Identity;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

[Collection(ConnectEnvironment.Name)]
public sealed class ConnectBadInputTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_callback_without_state_or_with_a_forged_one_is_refused_and_creates_nobody()
    {
        using var browser = environment.Browser();

        var missing = await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/auth/callback?code=abc"));
        var forged = await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/auth/callback?code=abc&state=CfDJ8forged"));

        Assert.Equal(400, (int)missing.StatusCode);
        Assert.Contains("without the sign-in information", await missing.Content.ReadAsStringAsync());
        Assert.Equal(400, (int)forged.StatusCode);
        Assert.Contains("invalid or has expired", await forged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Replaying_a_completed_callback_is_refused()
    {
        var mailbox = environment.NewMailbox("Replay");
        var (first, callbackUrl) = await environment.ConnectAsync(mailbox);
        using var browser = environment.Browser();

        var replay = await browser.GetAsync(callbackUrl);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(400, (int)replay.StatusCode);
        Assert.Contains("cannot be used twice", await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_connect_finished_in_another_browser_connects_nothing_and_its_callback_is_spent()
    {
        var mailbox = environment.NewMailbox("Elsewhere");
        using var starter = environment.Browser();
        using var lured = environment.Browser();
        var start = await starter.GetAsync(new Uri(environment.Web.BaseUrl, $"api/connect?lang=en&hint={Uri.EscapeDataString(mailbox.Owner.Address)}"));
        var callbackUrl = (await lured.GetAsync(start.Headers.Location)).Headers.Location!;

        var inLured = await lured.GetAsync(callbackUrl);
        var inStarter = await starter.GetAsync(callbackUrl);

        Assert.Equal(403, (int)inLured.StatusCode);
        Assert.Contains("started in another browser", await inLured.Content.ReadAsStringAsync());
        Assert.Equal(400, (int)inStarter.StatusCode);
        Assert.Contains("cannot be used twice", await inStarter.Content.ReadAsStringAsync());
        Assert.Empty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
    }

    [Fact]
    public async Task A_code_already_redeemed_is_refused_with_a_clear_page()
    {
        var mailbox = environment.NewMailbox("Code");
        var (_, redeemed) = await environment.ConnectAsync(mailbox);
        using var browser = environment.Browser();
        var start = await browser.GetAsync(new Uri(environment.Web.BaseUrl, $"api/connect?hint={Uri.EscapeDataString(mailbox.Owner.Address)}"));
        var freshCallback = (await browser.GetAsync(start.Headers.Location)).Headers.Location!;
        var withOldCode = QueryHelpers.AddQueryString(environment.Web.BaseUrl + "api/auth/callback", new Dictionary<string, string?>
        {
            ["code"] = ConnectSteps.QueryValue(redeemed, "code"),
            ["state"] = ConnectSteps.QueryValue(freshCallback, "state"),
        });

        var response = await browser.GetAsync(withOldCode);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("refused the sign-in code", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Declining_consent_says_so_and_stores_nothing()
    {
        var mailbox = environment.NewMailbox("Declines");
        environment.Consent.Mode = ConsentMode.AutoDeny;
        try
        {
            var (callback, _) = await environment.ConnectAsync(mailbox);

            Assert.Equal(403, (int)callback.StatusCode);
            Assert.Contains("nothing was stored", await callback.Content.ReadAsStringAsync());
            Assert.Empty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
        }
        finally
        {
            environment.Consent.Mode = ConsentMode.AutoAccept;
        }
    }

    [Fact]
    public async Task Declining_mail_headers_keeps_the_account_and_says_what_will_be_missing()
    {
        var mailbox = environment.NewMailbox("Partial");
        environment.Consent.DeclinedScopes = new HashSet<string>(["Mail.ReadBasic"], StringComparer.OrdinalIgnoreCase);
        try
        {
            var (callback, _) = await environment.ConnectAsync(mailbox, "en");
            var page = await callback.Content.ReadAsStringAsync();

            Assert.Equal(200, (int)callback.StatusCode);
            Assert.Contains("En-têtes des e-mails", page);
            var account = await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(ConnectSteps.UserIdOf(mailbox), CancellationToken.None);
            Assert.DoesNotContain("Mail.ReadBasic", account!.GrantedScopes);
            Assert.Contains("Mail.Send", account.GrantedScopes);
            using var scope = environment.Web.Services.CreateScope();
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<GraphAccess>().AccessTokenAsync(account, forceRefresh: true, CancellationToken.None));
        }
        finally
        {
            environment.Consent.DeclinedScopes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_very_long_query_string_is_refused()
    {
        using var browser = environment.Browser();

        var response = await browser.GetAsync(new Uri(environment.Web.BaseUrl, "api/auth/callback?state=x&code=" + new string('a', 10_000)));

        Assert.Equal(414, (int)response.StatusCode);
    }

    [Fact]
    public async Task No_code_state_or_token_ever_reaches_the_logs()
    {
        var mailbox = environment.NewMailbox("Logs");
        var (_, callbackUrl) = await environment.ConnectAsync(mailbox);
        var account = await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(ConnectSteps.UserIdOf(mailbox), CancellationToken.None);
        using var scope = environment.Web.Services.CreateScope();
        var token = await scope.ServiceProvider.GetRequiredService<GraphAccess>().AccessTokenAsync(account!, forceRefresh: true, CancellationToken.None);

        var logs = environment.Logs.All;

        Assert.Contains(ConnectSteps.UserIdOf(mailbox), logs);
        Assert.DoesNotContain(ConnectSteps.QueryValue(callbackUrl, "code"), logs);
        Assert.DoesNotContain(ConnectSteps.QueryValue(callbackUrl, "state"), logs);
        Assert.DoesNotContain(token, logs);
        Assert.DoesNotContain("M.R.", logs);
        Assert.DoesNotContain(environment.Sandbox.Options.ClientSecret, logs);
    }
}
