using NudgeService.Application.Actions;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

[Collection(ActionsEnvironment.Name)]
public sealed class PersonChoiceTests(ServiceEnvironment environment)
{
    [Theory]
    [InlineData(null, 30)]
    [InlineData("14", 14)]
    [InlineData("90", 90)]
    public async Task Snooze_rests_the_person_for_the_chosen_time_one_month_by_default_and_records_the_outcome(string? days, int expectedDays)
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 310 + expectedDays);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Snooze, nudge));
        Assert.Equal("30", Assert.Single(page.Forms).Fields[NudgePages.DaysField]);

        var snoozed = await page.SubmitAsync(browser, environment.Web.BaseUrl, days is null ? null : new Dictionary<string, string> { [NudgePages.DaysField] = days });

        Assert.Equal(200, snoozed.Status);
        var preference = await digest.PreferenceAsync(nudge.PersonKey);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Domain.Ledger.TimeZones.Of((await digest.AccountAsync()).TimeZone)).DateTime);
        Assert.Equal(today.AddDays(expectedDays), preference!.SnoozedUntil);
        Assert.False(preference.NotThisPerson);
        Assert.Equal(SuggestionOutcome.Snoozed, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }

    [Fact]
    public async Task Snooze_refuses_a_length_it_does_not_offer()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 220);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Snooze, nudge));

        var refused = await page.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string> { [NudgePages.DaysField] = "36500" });

        Assert.Equal(400, refused.Status);
        Assert.Null(await digest.PreferenceAsync(nudge.PersonKey));
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }

    [Fact]
    public async Task Not_this_person_sets_the_person_aside_and_the_confirmation_page_takes_it_back()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 221);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.NotThisPerson, nudge));

        var dismissed = await page.SubmitAsync(browser, environment.Web.BaseUrl);

        Assert.Equal(200, dismissed.Status);
        Assert.True((await digest.PreferenceAsync(nudge.PersonKey))!.NotThisPerson);
        Assert.Equal(SuggestionOutcome.Dismissed, (await digest.NudgeAsync(nudge.Id)).Outcome);
        Assert.Equal(NudgePages.UndoIntent, Assert.Single(dismissed.Forms).Fields[NudgePages.IntentField]);

        var undone = await dismissed.SubmitAsync(browser, environment.Web.BaseUrl);

        Assert.Equal(200, undone.Status);
        Assert.False((await digest.PreferenceAsync(nudge.PersonKey))!.NotThisPerson);
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }
}
