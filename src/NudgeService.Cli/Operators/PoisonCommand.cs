using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Digest;

namespace NudgeService.Cli.Operators;

/// <summary>nudge poison list|retry: the digest jobs that failed every attempt, and sending them back to the queue.</summary>
internal static class PoisonCommand
{
    public static Command Create()
    {
        var command = new Command("poison", $"The digest jobs waiting in {IDigestJobQueue.PoisonName} after failing every attempt.");
        command.Add(List());
        command.Add(Retry());
        return command;
    }

    private static Command List()
    {
        var operatorServices = new OperatorServices();
        var command = new Command("list", "List the jobs waiting (the oldest 32) and how many there are.");
        command.Add(operatorServices.Settings);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = operatorServices.Create(result);
            var poisoned = services.GetRequiredService<IPoisonedDigestJobs>();
            var waiting = await poisoned.CountAsync(cancellationToken);
            Console.Out.WriteLine($"{waiting} job(s) waiting in {IDigestJobQueue.PoisonName}");
            foreach (var job in await poisoned.PeekAsync(cancellationToken))
            {
                var since = job.PoisonedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "unknown";
                Console.Out.WriteLine(job.Job is { } digest ? $"{job.MessageId}  user {digest.UserId}  week {digest.Week}  since {since}" : $"{job.MessageId}  not a digest job  since {since}");
            }
            return 0;
        });
        return command;
    }

    private static Command Retry()
    {
        var operatorServices = new OperatorServices();
        var user = new Option<string?>("--user") { Description = "Only this user's jobs; every job when left out." };
        var command = new Command("retry", $"Send the waiting jobs back to {IDigestJobQueue.Name}; the jobs are idempotent, so a week already sent is not sent again.");
        command.Add(user);
        command.Add(operatorServices.Settings);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = operatorServices.Create(result);
            var moved = await services.GetRequiredService<IPoisonedDigestJobs>().RetryAsync(result.GetValue(user), cancellationToken);
            Console.Out.WriteLine($"{moved} job(s) sent back to {IDigestJobQueue.Name}");
            return 0;
        });
        return command;
    }
}
