using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.People;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Digest.Journey;

[Collection(DigestEnvironment.Name)]
public sealed class QuietAndPausedWeekTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_week_with_nothing_worth_a_word_sends_nothing()
    {
        await using var persona = await DueAsync(seed: 14);
        await DismissEveryoneAsync(persona);

        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));

        Assert.Empty(persona.Digests());
        Assert.Equal(DigestState.Empty, (await persona.RecordAsync())!.State);
        Assert.Empty(await persona.NudgesAsync());
    }

    [Fact]
    public async Task A_user_who_asked_for_a_note_on_quiet_weeks_gets_a_short_one()
    {
        await using var persona = await DueAsync(seed: 16);
        await DismissEveryoneAsync(persona);
        var settings = new Dictionary<string, string?>(environment.Settings) { ["Nudge:Digest:QuietWeekNote"] = "true" };
        await using var services = LocalServices.Create(settings, new MailboxTime(persona.Mailbox));
        await persona.TakeJobsAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var week = DigestWeek.Of(persona.Slot, TimeZones.Of(persona.Mailbox.Owner.TimeZone));
            Assert.Equal(DigestRunOutcome.Sent, await scope.ServiceProvider.GetRequiredService<WeeklyDigest>().RunAsync(new DigestJob(persona.UserId, week.ToString()), CancellationToken.None));
        }

        var note = Assert.Single(persona.Digests());
        Assert.True(note.ContentOf("text/plain")!.Length < 1500, note.ContentOf("text/plain"));
        Assert.Empty(await persona.NudgesAsync());
    }

    [Theory]
    [InlineData(AccountStatus.Paused)]
    [InlineData(AccountStatus.Unsubscribed)]
    public async Task A_paused_or_unsubscribed_user_is_skipped_and_stays_on_the_schedule(AccountStatus status)
    {
        await using var persona = await DueAsync(seed: status == AccountStatus.Paused ? 18 : 20);
        var users = persona.Services.GetRequiredService<IUserStore>();
        var account = (await users.FindAsync(persona.UserId, CancellationToken.None))!;
        await users.SaveAsync(account with { Status = status }, CancellationToken.None);

        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));

        Assert.Empty(persona.Digests());
        var record = (await persona.RecordAsync())!;
        Assert.Equal(DigestState.Skipped, record.State);
        Assert.Equal(status.ToString(), record.Note);
        Assert.Equal(persona.Slot.AddDays(7), (await persona.Services.GetRequiredService<IDigestSchedule>().FindAsync(persona.UserId, CancellationToken.None))!.Slot);
    }

    /// <summary>"Not this person" for every person the sandbox knows in this mailbox: nothing may be suggested or mentioned.</summary>
    private static async Task DismissEveryoneAsync(PersonaAtSlot persona)
    {
        var preferences = persona.Services.GetRequiredService<IPersonPreferenceStore>();
        var everyone = persona.Truth.Ties.SelectMany(tie => tie.OtherAddresses.Append(tie.Address))
            .Concat(persona.Truth.LifeEventsComingWeek.Select(lifeEvent => lifeEvent.Address))
            .Distinct();
        foreach (var address in everyone) await preferences.SaveAsync(persona.UserId, PersonPreference.None(address) with { NotThisPerson = true }, CancellationToken.None);
    }

    private async Task<PersonaAtSlot> DueAsync(int seed)
    {
        var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        return persona;
    }
}
