using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Digest;
using NudgeService.Application.MailEvents;
using NudgeService.Application.Operations;
using NudgeService.Application.Sync;
using NudgeService.Application.Telemetry;

namespace NudgeService.Cli.Operators;

/// <summary>nudge status: one user's state as an operator needs it, read from the same stores the app writes.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var operatorServices = new OperatorServices();
        var command = new Command("status", "Show a user's account state, granted scopes, last sync and its cost, last and next digest, and poisoned jobs.");
        operatorServices.AddTo(command);
        operatorServices.SetAccountAction(command, async (services, account, result, cancellationToken) =>
        {
            var userId = account.UserId;
            var output = Console.Out;
            output.WriteLine($"User {account.UserId}: {account.Status}, connected {Instant(account.ConnectedAt)}, time zone {account.TimeZone}, language {account.Language}");
            output.WriteLine($"Telemetry id {TelemetryIds.Of(account.UserId)}");
            if (await services.GetRequiredService<IDeliveryHoldStore>().FindAsync(userId, cancellationToken) is { } hold && account.Status == Application.Accounts.AccountStatus.Paused)
            {
                output.WriteLine($"Paused by SendGrid's report: {hold.Reason}{(hold.Status is null ? "" : $" ({hold.Status})")} on {Instant(hold.At)}");
            }
            output.WriteLine($"Granted scopes: {string.Join(' ', account.GrantedScopes.Order(StringComparer.Ordinal))}");

            var state = await services.GetRequiredService<ISyncStateStore>().LoadAsync(userId, cancellationToken);
            var cost = await services.GetRequiredService<ISyncCostStore>().FindAsync(userId, cancellationToken);
            output.WriteLine(state?.LastSyncedAt is { } synced ? $"Last sync: {Instant(synced)}" : "Last sync: never");
            if (cost is not null)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Last sync cost: {cost.RoundTrips} Graph round trips, {cost.ItemsRead} items, {cost.BytesWritten} bytes written, {cost.Elapsed.TotalSeconds:0.0} s"));
            }

            var last = (await services.GetRequiredService<IDigestStore>().ListAsync(userId, cancellationToken)).FirstOrDefault();
            output.WriteLine(last is null
                ? "Last digest: none"
                : $"Last digest: week {last.Week}, {last.State}{(last.SentAt is { } sent ? $" at {Instant(sent)}" : "")}{(last.MessageId is null ? "" : $", SendGrid id {last.MessageId}")}{(last.Note is null ? "" : $", note: {last.Note}")}");
            var next = await services.GetRequiredService<IDigestSchedule>().FindAsync(userId, cancellationToken);
            output.WriteLine(next is null ? "Next digest: not scheduled" : $"Next digest: week {next.Week} at {Instant(next.Slot)}");

            var poisoned = (await services.GetRequiredService<IPoisonedDigestJobs>().PeekAsync(cancellationToken)).Where(job => job.Job?.UserId == userId).ToList();
            output.WriteLine(poisoned.Count == 0 ? "Poisoned jobs: none" : $"Poisoned jobs: {string.Join(", ", poisoned.Select(job => $"week {job.Job!.Week} since {Instant(job.PoisonedAt)}"))}");
            return 0;
        });
        return command;
    }

    private static string Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "unknown";
}
