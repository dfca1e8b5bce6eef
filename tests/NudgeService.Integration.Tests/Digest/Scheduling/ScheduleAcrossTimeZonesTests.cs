using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;
using NudgeService.Infrastructure.Queues;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.LocalEnvironment;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Digest.Scheduling;

/// <summary>The hourly timer against the schedule index in Azurite, hour after simulated hour.</summary>
[Collection(DigestEnvironment.Name)]
public sealed class ScheduleAcrossTimeZonesTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_Paris_user_is_due_at_eight_local_on_both_sides_of_the_March_change()
    {
        var due = await DueInstantsAsync("Europe/Paris", At("2026-03-20T00:00Z"), At("2026-04-01T00:00Z"));

        Assert.Equal([(At("2026-03-23T07:05Z"), "2026-W13"), (At("2026-03-30T06:05Z"), "2026-W14")], due);
    }

    [Fact]
    public async Task A_Paris_user_is_due_at_eight_local_on_both_sides_of_the_October_change()
    {
        var due = await DueInstantsAsync("Romance Standard Time", At("2026-10-17T00:00Z"), At("2026-10-28T00:00Z"));

        Assert.Equal([(At("2026-10-19T06:05Z"), "2026-W43"), (At("2026-10-26T07:05Z"), "2026-W44")], due);
    }

    [Fact]
    public async Task A_Kolkata_user_is_due_at_the_first_run_after_eight_local_half_an_hour_off_UTC()
    {
        var due = await DueInstantsAsync("Asia/Kolkata", At("2026-03-20T00:00Z"), At("2026-03-31T00:00Z"));

        Assert.Equal([(At("2026-03-23T03:05Z"), "2026-W13"), (At("2026-03-30T03:05Z"), "2026-W14")], due);
    }

    [Fact]
    public async Task An_Auckland_user_is_due_on_Sunday_UTC_for_the_week_of_their_Monday_across_the_September_change()
    {
        var due = await DueInstantsAsync("Pacific/Auckland", At("2026-09-18T00:00Z"), At("2026-09-30T00:00Z"));

        Assert.Equal([(At("2026-09-20T20:05Z"), "2026-W39"), (At("2026-09-27T19:05Z"), "2026-W40")], due);
    }

    [Fact]
    public async Task A_user_whose_week_is_done_is_not_queued_again_and_moves_to_the_next_week()
    {
        var clock = new SettableClock(At("2026-06-03T00:00Z"));
        await using var services = LocalServices.Create(environment.Settings, clock);
        var account = await ConnectedAsync(services, "Europe/Paris", clock.Now);
        var entry = (await services.GetRequiredService<IDigestSchedule>().FindAsync(account.UserId, CancellationToken.None))!;
        await services.GetRequiredService<IDigestStore>().TryCreateAsync(
            new DigestRecord(account.UserId, entry.Week, DigestState.Empty, clock.Now, null, ""), CancellationToken.None);

        clock.Now = entry.Slot.AddMinutes(5);
        await services.GetRequiredService<DueDigestJobs>().EnqueueDueAsync(CancellationToken.None);

        Assert.Empty(await TakeJobsAsync(services, account.UserId));
        var next = (await services.GetRequiredService<IDigestSchedule>().FindAsync(account.UserId, CancellationToken.None))!;
        Assert.Equal(entry.Slot.AddDays(7), next.Slot);
        await services.GetRequiredService<ScheduleEntries>().RemoveAsync(account.UserId, CancellationToken.None);
    }

    /// <summary>Runs the timer at five past every hour of the span; each job found is finished as the job finishes it (moving the user to the next week).</summary>
    private async Task<List<(DateTimeOffset At, string Week)>> DueInstantsAsync(string timeZone, DateTimeOffset from, DateTimeOffset until)
    {
        var clock = new SettableClock(from);
        await using var services = LocalServices.Create(environment.Settings, clock);
        var account = await ConnectedAsync(services, timeZone, from);
        var scheduleEntries = services.GetRequiredService<ScheduleEntries>();
        var due = new List<(DateTimeOffset, string)>();
        for (var hour = from.AddMinutes(5); hour < until; hour = hour.AddHours(1))
        {
            clock.Now = hour;
            await services.GetRequiredService<DueDigestJobs>().EnqueueDueAsync(CancellationToken.None);
            foreach (var job in await TakeJobsAsync(services, account.UserId))
            {
                due.Add((hour, job.Week));
                await scheduleEntries.AdvanceAsync(account, DigestWeek.Parse(job.Week), hour, CancellationToken.None);
            }
        }
        // Off the schedule, so that later tests' timers do not queue this account without a mailbox.
        await scheduleEntries.RemoveAsync(account.UserId, CancellationToken.None);
        return due;
    }

    private static async Task<UserAccount> ConnectedAsync(IServiceProvider services, string timeZone, DateTimeOffset now)
    {
        var account = new UserAccount("u" + Guid.NewGuid().ToString("N"), "oid.tid", "someone@contoso.example", "Someone Here", timeZone, "en",
            new HashSet<string>(), AccountStatus.Active, now, new DigestSlot(DayOfWeek.Monday, 8), null);
        await services.GetRequiredService<IUserStore>().SaveAsync(account, CancellationToken.None);
        await services.GetRequiredService<ScheduleEntries>().StartAsync(account, now, CancellationToken.None);
        return account;
    }

    private static async Task<List<DigestJob>> TakeJobsAsync(IServiceProvider services, string userId)
    {
        var queue = services.GetRequiredService<QueueServiceClient>().GetQueueClient(IDigestJobQueue.Name);
        await queue.CreateIfNotExistsAsync();
        var jobs = new List<DigestJob>();
        while ((QueueMessage[])await queue.ReceiveMessagesAsync(maxMessages: 32) is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                var job = DigestJobMessages.Deserialize(message.MessageText);
                if (job.UserId != userId) continue;
                jobs.Add(job);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
        return jobs;
    }

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
}
