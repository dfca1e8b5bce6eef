using NudgeService.Application.Digest;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Digest.Journey;

[Collection(DigestEnvironment.Name)]
public sealed class WeeklyDigestJourneyTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task At_its_slot_the_medium_persona_gets_exactly_one_digest_with_the_weeks_birthdays_and_planted_cold_ties_and_no_robot()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Medium, seed: 1);

        persona.PlayClockTo(persona.Slot.AddMinutes(-5));
        await persona.RunTimerAsync();
        Assert.Empty(await persona.TakeJobsAsync());

        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        var jobs = await persona.TakeJobsAsync();
        var job = Assert.Single(jobs);
        await persona.RunJobAsync(job);

        var digest = Assert.Single(persona.Digests());
        var nudges = await persona.NudgesAsync();
        var truth = persona.Truth;
        var birthdays = truth.LifeEventsComingWeek.Where(lifeEvent => lifeEvent.Kind == "birthday").Select(lifeEvent => lifeEvent.Address).Order().ToList();
        Assert.NotEmpty(birthdays);
        Assert.Equal(birthdays, nudges.Where(nudge => nudge.Kind == NudgeKind.Birthday).Select(nudge => nudge.Address).Order());
        var planted = truth.Ties.Where(tie => tie.GoingCold).SelectMany(tie => tie.OtherAddresses.Append(tie.Address)).ToHashSet();
        var reconnects = nudges.Where(nudge => nudge.Kind == NudgeKind.Reconnect).ToList();
        Assert.InRange(reconnects.Count, 1, 3);
        Assert.All(reconnects, nudge => Assert.Contains(nudge.Address, planted));
        var robots = truth.AutomatedSenders.Concat(truth.DistributionLists).Concat(truth.Assistants).Concat(truth.OwnerAddresses).ToList();
        var text = digest.ContentOf("text/plain")!;
        Assert.All(robots, robot => Assert.DoesNotContain(robot, text, StringComparison.OrdinalIgnoreCase));
        Assert.All(nudges, nudge => Assert.Contains(nudge.PersonName, text));
        var headers = digest.HeadersFor(digest.Personalizations[0]);
        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("<" + environment.Web.BaseUrl + "api/u/", headers["List-Unsubscribe"]);
        Assert.False(digest.Tracking.ClickTracking);
        Assert.Equal((await persona.RecordAsync())!.MessageId, digest.Id);

        await persona.RunTimerAsync();
        Assert.Empty(await persona.TakeJobsAsync());
        await persona.RunJobAsync(job);
        Assert.Single(persona.Digests());
        Assert.Equal(DigestState.Sent, (await persona.RecordAsync())!.State);
    }
}
