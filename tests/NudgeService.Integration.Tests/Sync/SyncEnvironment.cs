using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Ledger;
using NudgeService.Application.Sync;
using NudgeService.Domain.Correspondents;
using NudgeService.Domain.Ledger;
using NudgeService.Integration.Tests.Connect;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Sync;

[CollectionDefinition(Name)]
public sealed class SyncEnvironment : ICollectionFixture<ServiceEnvironment>
{
    public const string Name = "sync";
}

/// <summary>A connected sandbox mailbox and the services that sync it, on the mailbox's own clock.</summary>
internal sealed class SyncedMailbox(Mailbox mailbox, ServiceProvider services) : IAsyncDisposable
{
    public Mailbox Mailbox => mailbox;

    public string UserId => ConnectSteps.UserIdOf(mailbox);

    public static async Task<SyncedMailbox> ConnectAsync(ServiceEnvironment environment, MailboxSeed seed)
    {
        var mailbox = await environment.Stack.ConnectAsync(seed);
        return new SyncedMailbox(mailbox, environment.Stack.ServicesFor(mailbox));
    }

    public async Task<SyncReport> SyncAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(UserId, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<WeeklySync>().RunAsync(account!, null, CancellationToken.None);
    }

    public async Task<RelationshipLedger> LedgerAsync() =>
        (await services.GetRequiredService<ILedgerStore>().LoadAsync(UserId, CancellationToken.None)).Ledger;

    /// <summary>Every address of the correspondents judged to be people, as the weekly analysis will see them.</summary>
    public async Task<HashSet<string>> PeopleAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(UserId, CancellationToken.None);
        var state = await StateAsync();
        var judge = new LedgerJudge(new OwnAddresses([account!.Address, .. state!.OwnAliases]), account.DisplayName);
        var ledger = await LedgerAsync();
        return [.. ledger.Rows.Where(row => judge.KindOf(row) == CorrespondentKind.Person).SelectMany(row => row.Addresses.Keys.Append(row.Key))];
    }

    public Task<SyncState?> StateAsync() => services.GetRequiredService<ISyncStateStore>().LoadAsync(UserId, CancellationToken.None);

    public Task RestoreStateAsync(SyncState state) => services.GetRequiredService<ISyncStateStore>().SaveAsync(UserId, state, CancellationToken.None);

    /// <summary>The ledger as text, row by row, without storage versions: equal texts mean equal ledgers.</summary>
    public async Task<string> LedgerTextAsync()
    {
        var ledger = await LedgerAsync();
        return string.Join('\n', ledger.Rows.OrderBy(row => row.Key, StringComparer.Ordinal).Select(row =>
            $"{row.Key}|{row.DisplayName}|{string.Join(',', row.Addresses.Values)}|{string.Join(',', row.Entries.Values.OrderBy(entry => entry.Item))}|{string.Join(',', row.Upcoming.Values.OrderBy(meeting => meeting.Item))}|{row.Contact?.JobTitle}|{row.LastMeeting}|{string.Join(',', row.ArchivedTouches)}"));
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}
