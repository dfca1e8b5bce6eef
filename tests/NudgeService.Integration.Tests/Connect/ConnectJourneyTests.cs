using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Infrastructure.Storage;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Identity;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

[Collection(ConnectEnvironment.Name)]
public sealed partial class ConnectJourneyTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Connecting_stores_the_account_and_an_encrypted_cache_then_refreshes_silently_until_a_revoke_needs_one_reconnect_email()
    {
        var mailbox = environment.NewMailbox("Journey");
        var userId = ConnectSteps.UserIdOf(mailbox);

        var (callback, _) = await environment.ConnectAsync(mailbox);
        var page = await callback.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)callback.StatusCode);
        Assert.Contains($"Connecté en tant que {mailbox.Owner.Address}", page);
        Assert.Contains("lundi", page);
        var account = await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None);
        Assert.Equal(AccountStatus.Active, account!.Status);
        Assert.Equal("fr", account.Language);
        Assert.Equal("Romance Standard Time", account.TimeZone);
        var cacheRow = (await new TableClient(environment.StorageConnectionString, NudgeTables.TokenCaches).GetEntityAsync<TableEntity>(userId, "msal")).Value;
        var rawCache = Encoding.Latin1.GetString(cacheRow.GetBinary("Cache"));
        Assert.DoesNotContain("EwB.", rawCache);
        Assert.DoesNotContain("M.R.", rawCache);
        Assert.DoesNotContain("secret", rawCache, StringComparison.OrdinalIgnoreCase);
        var welcome = Assert.Single(environment.EmailsTo(mailbox));
        Assert.Contains("NudgeService est connecté", welcome.SubjectFor(welcome.Personalizations[0]));
        Assert.Contains("jamais leur contenu", welcome.ContentOf("text/plain"));

        await using (var freshProcess = await LocalWebHost.StartAsync(FreePorts.Take(1)[0], environment.Settings))
        {
            using var scope = freshProcess.Services.CreateScope();
            var token = await scope.ServiceProvider.GetRequiredService<GraphAccess>().AccessTokenAsync(account, forceRefresh: true, CancellationToken.None);
            Assert.Equal(mailbox.Key, environment.Sandbox.Services.GetRequiredService<TokenIssuer>().ValidateAccessToken(token)?.MailboxKey);
        }
        var rotated = (await new TableClient(environment.StorageConnectionString, NudgeTables.TokenCaches).GetEntityAsync<TableEntity>(userId, "msal")).Value;
        Assert.NotEqual(cacheRow.ETag, rotated.ETag);

        environment.Sandbox.Services.GetRequiredService<TokenIssuer>().Revoke(mailbox.Key);
        using (var scope = environment.Web.Services.CreateScope())
        {
            var access = scope.ServiceProvider.GetRequiredService<GraphAccess>();
            await Assert.ThrowsAsync<ReconnectRequiredException>(() => access.AccessTokenAsync(account, forceRefresh: true, CancellationToken.None));
            await Assert.ThrowsAsync<ReconnectRequiredException>(() => access.AccessTokenAsync(account, forceRefresh: true, CancellationToken.None));
        }

        var reconnected = await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None);
        Assert.Equal(AccountStatus.NeedsReconnect, reconnected!.Status);
        var reconnectEmail = Assert.Single(environment.EmailsTo(mailbox), message => message.Categories.Contains("reconnect"));
        Assert.Contains("/api/connect?lang=fr", reconnectEmail.ContentOf("text/plain"));
    }

    [Fact]
    public async Task Reconnecting_the_same_account_updates_it_and_a_second_account_is_a_second_user()
    {
        var first = environment.NewMailbox("Same");
        var second = environment.NewMailbox("Other");

        await environment.ConnectAsync(first);
        await environment.ConnectAsync(first);
        await environment.ConnectAsync(second);

        Assert.Single(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(first)), entity => entity.RowKey == "account");
        Assert.Single(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(second)), entity => entity.RowKey == "account");
        Assert.Single(environment.EmailsTo(first));
    }

    [Fact]
    public async Task Disconnecting_from_the_emailed_link_asks_first_then_erases_everything_of_the_user()
    {
        var mailbox = environment.NewMailbox("Leave");
        var other = environment.NewMailbox("Stay");
        using var browser = environment.Browser();
        await environment.ConnectAsync(mailbox, browser: browser);
        await environment.ConnectAsync(other);
        var userId = ConnectSteps.UserIdOf(mailbox);
        var link = DisconnectLink().Match(environment.EmailsTo(mailbox).Single().ContentOf("text/plain")!).Value;
        var token = ConnectSteps.QueryValue(new Uri(link), "token");
        Task<HttpResponseMessage> PostAsync() =>
            browser.PostAsync(new Uri(environment.Web.BaseUrl, "api/account/disconnect"), new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));

        var confirmation = await browser.GetAsync(link);
        Assert.Equal(200, (int)confirmation.StatusCode);
        Assert.NotEmpty(await environment.EntitiesOfAsync(userId));
        await browser.FollowAsync(await PostAsync());
        var erased = await PostAsync();

        Assert.Equal(200, (int)erased.StatusCode);
        Assert.Empty(await environment.EntitiesOfAsync(userId));
        Assert.NotEmpty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(other)));
        var again = await PostAsync();
        Assert.Equal(400, (int)again.StatusCode);
    }

    [GeneratedRegex(@"http://\S+/api/account/disconnect\?token=\S+")]
    private static partial Regex DisconnectLink();
}
