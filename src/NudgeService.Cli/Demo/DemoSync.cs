using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Sync;
using NudgeService.Domain.Correspondents;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Cli.Demo;

/// <summary>The persona's first weekly sync, as the queue job runs it, with its progress and what it found.</summary>
internal static class DemoSync
{
    public static async Task<SyncReport> RunAsync(IReadOnlyDictionary<string, string?> settings, Mailbox persona, CancellationToken cancellationToken)
    {
        await using var services = LocalServices.Create(settings, new MailboxTime(persona));
        await using var scope = services.CreateAsyncScope();
        var userId = UserIds.From(persona.Owner.ObjectId, persona.Owner.TenantId);
        var account = await scope.ServiceProvider.GetRequiredService<IUserStore>().FindAsync(userId, cancellationToken)
            ?? throw new InvalidOperationException($"{persona.Owner.Address} is not connected.");
        Console.Out.WriteLine("Reading the last 12 months of contacts, calendar and mail headers…");
        var bar = new SyncProgressBar(Console.Out, !Console.IsOutputRedirected);
        var report = await scope.ServiceProvider.GetRequiredService<WeeklySync>().RunAsync(account, bar, cancellationToken);
        bar.Done();
        Print(report);
        return report;
    }

    private static void Print(SyncReport report)
    {
        var set = (CorrespondentKind kind) => report.Filtered.GetValueOrDefault(kind);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Synced              {report.ItemsRead:N0} items in {report.RoundTrips} Graph round trips, {report.Elapsed.TotalSeconds:F1} s; ledger {report.BytesWritten / 1024.0:N0} KB"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ties found          {report.Ties:N0} people; set aside {set(CorrespondentKind.Automated)} automated senders, {set(CorrespondentKind.DistributionList)} lists, {set(CorrespondentKind.Delegate)} delegates, {set(CorrespondentKind.Own)} of the user's own addresses"));
        if (report.Unreadable > 0) Console.Out.WriteLine($"Left out           {report.Unreadable} items Graph returned without a date or an address");
    }
}
