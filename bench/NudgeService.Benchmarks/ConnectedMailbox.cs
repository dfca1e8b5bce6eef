using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;
using NudgeService.Application.Sync;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Graph;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Benchmarks;

/// <summary>
/// A persona's sandbox mailbox, connected, with the application services that sync it on the
/// mailbox's own clock; every phase is measured by what the sandbox saw go over the wire.
/// </summary>
internal sealed class ConnectedMailbox(Mailbox mailbox, string userId, ServiceProvider services, MailboxTraffic traffic, string storageConnectionString) : IAsyncDisposable
{
    public Mailbox Mailbox => mailbox;

    /// <summary>Serves the persona's mailbox on the stack and connects its owner through the real pages.</summary>
    public static async Task<ConnectedMailbox> ConnectAsync(LocalStack stack, MailboxSeed persona)
    {
        var mailbox = await stack.ConnectAsync(persona);
        return new ConnectedMailbox(
            mailbox,
            UserIds.From(mailbox.Owner.ObjectId, mailbox.Owner.TenantId),
            stack.ServicesFor(mailbox),
            stack.Sandbox.Services.GetRequiredService<MailboxTraffic>(),
            stack.StorageConnectionString);
    }

    public Task<MeasuredPhase<SyncReport>> SyncAsync() => MeasureAsync(async () =>
    {
        await using var scope = services.CreateAsyncScope();
        var account = await FindAccountAsync(scope.ServiceProvider);
        return await scope.ServiceProvider.GetRequiredService<WeeklySync>().RunAsync(account, null, CancellationToken.None);
    });

    /// <summary>Reads the sync's whole window again through the plain list endpoints, as a sync without delta tokens would every week.</summary>
    public Task<MeasuredPhase<IReadOnlyDictionary<string, int>>> NaiveRescanAsync() => MeasureAsync(async () =>
    {
        await using var scope = services.CreateAsyncScope();
        var account = await FindAccountAsync(scope.ServiceProvider);
        var accessToken = await scope.ServiceProvider.GetRequiredService<GraphAccess>().AccessTokenAsync(account, forceRefresh: false, CancellationToken.None);
        var options = services.GetRequiredService<IOptions<NudgeOptions>>().Value;
        using var session = services.GetRequiredService<GraphClients>().Open(options.Identity.GraphBaseUrl, new StaticAccessToken(accessToken), account.UserId);
        return await NaiveRescan.ReadAsync(session.Graph, mailbox.Clock.Now, options.Sync, CancellationToken.None);
    });

    /// <summary>The user's week as the queue job runs it: sync, plan, drafts, rendering, the SendGrid send, the records.</summary>
    public Task<MeasuredPhase<DigestRunOutcome>> DigestWeekAsync(DigestWeek week) => MeasureAsync(async () =>
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(new DigestJob(userId, week.ToString()), CancellationToken.None);
    });

    /// <summary>The same steps without sending or recording: a quiet sync, then analysis, plan, drafts and rendering.</summary>
    public Task<MeasuredPhase<RenderedDigest>> PreviewAsync() => MeasureAsync(async () =>
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestPreview>().RenderAsync(await FindAccountAsync(scope.ServiceProvider), CancellationToken.None);
    });

    public Task<DigestRecord?> DigestRecordAsync(DigestWeek week) => services.GetRequiredService<IDigestStore>().FindAsync(userId, week, CancellationToken.None);

    public Task<StorageFootprint> FootprintAsync() => StorageFootprint.MeasureAsync(storageConnectionString, userId);

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private async Task<UserAccount> FindAccountAsync(IServiceProvider scoped) =>
        await scoped.GetRequiredService<IUserStore>().FindAsync(userId, CancellationToken.None)
        ?? throw new InvalidOperationException($"The account of {mailbox.Owner.Address} was not stored by the connect pages.");

    private async Task<MeasuredPhase<T>> MeasureAsync<T>(Func<Task<T>> work)
    {
        var trafficBefore = traffic.Snapshot(mailbox.Key);
        var memory = new MemoryWatch();
        var stopwatch = Stopwatch.StartNew();
        var result = await work();
        stopwatch.Stop();
        var memoryUse = await memory.StopAsync();
        var trafficAfter = traffic.Snapshot(mailbox.Key);
        return new MeasuredPhase<T>(result, new GraphTraffic(
            trafficAfter.RoundTrips - trafficBefore.RoundTrips,
            trafficAfter.Calls - trafficBefore.Calls,
            trafficAfter.ResponseBytes - trafficBefore.ResponseBytes), stopwatch.Elapsed, memoryUse);
    }
}
