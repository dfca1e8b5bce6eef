using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Cli.Operators;

/// <summary>nudge run: one user's week now, exactly as the queue job runs it (and as idempotent).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var operatorServices = new OperatorServices();
        var command = new Command("run", "Run one user's weekly digest now, as the queue job does: sync, plan, draft, send once, record.");
        operatorServices.AddTo(command);
        operatorServices.SetAccountAction(command, async (services, account, result, cancellationToken) =>
        {
            var week = DigestWeek.Of(services.GetRequiredService<TimeProvider>().GetUtcNow(), TimeZones.Of(account.TimeZone));
            var outcome = await services.GetRequiredService<WeeklyDigest>().RunAsync(new DigestJob(account.UserId, week.ToString()), cancellationToken);
            var record = await services.GetRequiredService<IDigestStore>().FindAsync(account.UserId, week, cancellationToken);
            Console.Out.WriteLine($"Week {week} of {account.Address}: {outcome}");
            if (record is not null) Console.Out.WriteLine($"Record: {record.State}, {record.NudgeIds.Count} nudges, subject \"{record.Subject}\", SendGrid id {record.MessageId ?? "none"}{(record.Note is null ? "" : $", note: {record.Note}")}");
            return 0;
        });
        return command;
    }
}
