using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;
using NudgeService.Infrastructure.Storage;
using NudgeService.Sandbox.Identity;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

/// <summary>The identity platform answers granted permissions in the spelling of the tenant's grant ("mail.send"); nothing may read that as missing.</summary>
[Collection(ConnectEnvironment.Name)]
public sealed class ScopeCaseTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Permissions_granted_in_lower_case_still_count_after_storage_and_in_the_next_refresh()
    {
        var mailbox = environment.NewMailbox("Case");
        var userId = ConnectSteps.UserIdOf(mailbox);

        var (callback, _) = await environment.ConnectAsync(mailbox);

        Assert.Equal(200, (int)callback.StatusCode);
        var stored = (await new TableClient(environment.StorageConnectionString, NudgeTables.Users).GetEntityAsync<TableEntity>(userId, "account")).Value;
        Assert.Contains("mail.send", stored.GetString("GrantedScopes"));
        var account = (await environment.Web.Services.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None))!;
        var requested = GraphPermissions.Requested(environment.Web.Services.GetRequiredService<IOptions<NudgeOptions>>().Value.Identity);
        Assert.All(requested, permission => Assert.Contains(permission, account.GrantedScopes));

        using var scope = environment.Web.Services.CreateScope();
        var token = await scope.ServiceProvider.GetRequiredService<GraphAccess>().AccessTokenAsync(account, forceRefresh: true, CancellationToken.None);
        var grant = environment.Sandbox.Services.GetRequiredService<TokenIssuer>().ValidateAccessToken(token)!;
        Assert.Contains("Mail.Send", grant.Scopes);
        Assert.Contains("Mail.ReadBasic", grant.Scopes);
    }
}
