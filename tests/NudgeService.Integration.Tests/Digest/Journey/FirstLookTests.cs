using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Integration.Tests.Connect;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Digest.Journey;

/// <summary>The first look as production sends it: queued by the connect pages, run by the first-look-job function.</summary>
[Collection(DigestEnvironment.Name)]
public sealed class FirstLookTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Connecting_queues_one_first_look_that_sends_the_weeks_digest_once_however_often_it_is_delivered()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 21);
        var job = Assert.Single(await persona.TakeJobsAsync(IFirstLookQueue.Name));
        Assert.Empty(persona.Digests());

        await Task.WhenAll(persona.RunFirstLookAsync(job), persona.RunFirstLookAsync(job));
        await persona.RunFirstLookAsync(job, dequeueCount: 2);

        var digest = Assert.Single(persona.Digests());
        Assert.Contains("This is your first look", digest.ContentOf("text/plain"));
        Assert.Equal(DigestState.Sent, (await persona.RecordAsync())!.State);

        // The weekly slot of the same week finds it served and moves on.
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        Assert.Empty(await persona.TakeJobsAsync());
        Assert.Single(persona.Digests());
        Assert.Equal(persona.Slot.AddDays(7), (await persona.Services.GetRequiredService<IDigestSchedule>().FindAsync(persona.UserId, CancellationToken.None))!.Slot);
    }

    [Fact]
    public async Task A_first_look_delivered_after_the_weekly_digest_went_sends_nothing()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 23);
        var firstLook = Assert.Single(await persona.TakeJobsAsync(IFirstLookQueue.Name));
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));
        Assert.Single(persona.Digests());

        await persona.RunFirstLookAsync(firstLook);
        Assert.Single(persona.Digests());

        // A week later the queue delivers it once more (a message that outlived a crash): the weekly digests have begun.
        persona.PlayClockTo(persona.Slot.AddDays(7).AddMinutes(5));
        await persona.RunTimerAsync();
        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));
        var weekly = persona.Digests().Count;
        await persona.RunFirstLookAsync(firstLook);
        Assert.Equal(weekly, persona.Digests().Count);
    }

    [Fact]
    public async Task A_first_look_for_an_account_revoked_since_connecting_sends_one_reconnect_email_and_no_digest()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 25);
        var job = Assert.Single(await persona.TakeJobsAsync(IFirstLookQueue.Name));
        environment.Sandbox.Services.GetRequiredService<TokenIssuer>().Revoke(persona.Mailbox.Key);

        await persona.RunFirstLookAsync(job);
        await persona.RunFirstLookAsync(job);

        Assert.Empty(persona.Digests());
        Assert.Single(environment.EmailsTo(persona.Mailbox), email => email.Categories.Contains("reconnect"));
        Assert.Equal(AccountStatus.NeedsReconnect, (await persona.Services.GetRequiredService<IUserStore>().FindAsync(persona.UserId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task The_first_look_queue_drained_as_the_host_works_it_runs_only_the_chosen_users_job()
    {
        await using var mine = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 27);
        await using var other = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 29);

        var delivered = await new LocalDigestQueue(mine.Services).DrainFirstLooksAsync(job => job.UserId == mine.UserId);

        Assert.Equal(DigestRunOutcome.Sent, Assert.Single(delivered).Outcome);
        Assert.Single(mine.Digests());
        Assert.Empty(other.Digests());
        Assert.Single(await other.TakeJobsAsync(IFirstLookQueue.Name));
    }
}
