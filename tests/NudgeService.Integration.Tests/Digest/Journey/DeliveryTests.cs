using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Digest;
using NudgeService.Integration.Tests.Connect;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Personas;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Digest.Journey;

/// <summary>At-least-once delivery, crashes and failures: the week is sent once, never twice, never lost.</summary>
[Collection(DigestEnvironment.Name)]
public sealed class DeliveryTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_send_SendGrid_refuses_is_sent_once_by_the_next_delivery()
    {
        await using var persona = await DueAsync(seed: 2);
        var job = Assert.Single(await persona.TakeJobsAsync());
        environment.Sandbox.Services.GetRequiredService<SendGridFaults>().Configure(new SendGridFaultPlan(FailNext: 1));

        await Assert.ThrowsAnyAsync<Exception>(() => persona.RunJobAsync(job));
        Assert.Empty(persona.Digests());
        Assert.Equal(DigestState.Planned, (await persona.RecordAsync())!.State);

        await persona.RunJobAsync(job);
        Assert.Single(persona.Digests());
        Assert.Equal(DigestState.Sent, (await persona.RecordAsync())!.State);
    }

    [Fact]
    public async Task A_run_that_stopped_after_handing_the_digest_to_SendGrid_is_not_sent_again()
    {
        await using var persona = await DueAsync(seed: 4);
        var job = Assert.Single(await persona.TakeJobsAsync());
        await persona.RunJobAsync(job);
        var sent = (await persona.RecordAsync())!;
        // As if the run had stopped right after SendGrid's answer, before recording it.
        var digests = persona.Services.GetRequiredService<IDigestStore>();
        Assert.NotNull(await digests.TryUpdateAsync(sent with { State = DigestState.Sending, MessageId = null, SentAt = null }, CancellationToken.None));

        await persona.RunJobAsync(job);

        Assert.Single(persona.Digests());
        var settled = (await persona.RecordAsync())!;
        Assert.Equal(DigestState.Sent, settled.State);
        Assert.Contains("unconfirmed", settled.Note);
    }

    [Fact]
    public async Task Two_deliveries_of_one_job_at_the_same_time_send_one_digest()
    {
        await using var persona = await DueAsync(seed: 6);
        var job = Assert.Single(await persona.TakeJobsAsync());

        await Task.WhenAll(persona.RunJobAsync(job), persona.RunJobAsync(job));
        await persona.RunJobAsync(job);

        Assert.Single(persona.Digests());
    }

    [Fact]
    public async Task A_job_that_keeps_failing_lands_in_the_poison_queue_and_other_users_get_their_digest()
    {
        await using var failing = await DueAsync(seed: 8);
        await using var healthy = await DueAsync(seed: 10);
        environment.Sandbox.Services.GetRequiredService<FaultInjector>().Configure(failing.Mailbox.Key, new FaultSettings(ThrottleRate: 1, RetryAfterSeconds: 0));
        await failing.TakeJobsAsync();
        await failing.RunTimerAsync();

        var delivered = await new LocalDigestQueue(healthy.Services).DrainAsync();

        var tries = delivered.Where(delivery => delivery.Message.Contains(failing.UserId)).ToList();
        Assert.Equal(LocalDigestQueue.MaxDequeueCount, tries.Count);
        Assert.All(tries, delivery => Assert.Null(delivery.Outcome));
        Assert.True(tries[^1].Poisoned);
        Assert.Contains(delivered, delivery => delivery.Message.Contains(healthy.UserId) && delivery.Outcome == DigestRunOutcome.Sent);
        Assert.Single(healthy.Digests());
        Assert.Empty(failing.Digests());
        var inPoison = await failing.Queue(IDigestJobQueue.PoisonName).PeekMessagesAsync(maxMessages: 32);
        Assert.Contains(inPoison.Value, message => message.MessageText.Contains(failing.UserId));
        Assert.False((await failing.RecordAsync())!.IsFinal);
        Assert.Equal(failing.Slot, (await failing.Services.GetRequiredService<IDigestSchedule>().FindAsync(failing.UserId, CancellationToken.None))!.Slot);
    }

    [Fact]
    public async Task An_account_whose_access_was_revoked_gets_one_reconnect_email_and_no_digest_then_moves_to_next_week()
    {
        await using var persona = await DueAsync(seed: 12);
        var job = Assert.Single(await persona.TakeJobsAsync());
        environment.Sandbox.Services.GetRequiredService<TokenIssuer>().Revoke(persona.Mailbox.Key);

        await persona.RunJobAsync(job);
        await persona.RunJobAsync(job);

        Assert.Empty(persona.Digests());
        Assert.Single(environment.EmailsTo(persona.Mailbox), email => email.Categories.Contains("reconnect"));
        Assert.Equal(DigestState.Skipped, (await persona.RecordAsync())!.State);
        Assert.Equal(persona.Slot.AddDays(7), (await persona.Services.GetRequiredService<IDigestSchedule>().FindAsync(persona.UserId, CancellationToken.None))!.Slot);
    }

    /// <summary>A small persona connected just before its slot, with the clock played past it and the timer run.</summary>
    private async Task<PersonaAtSlot> DueAsync(int seed)
    {
        var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        return persona;
    }
}
