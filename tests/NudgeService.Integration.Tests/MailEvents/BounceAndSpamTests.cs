using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Digest;
using NudgeService.Application.MailEvents;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Integration.Tests.Actions;
using NudgeService.Integration.Tests.Connect;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.MailEvents;

/// <summary>What SendGrid reports about our emails changes what we send next, end to end through the sandbox's signed posts.</summary>
[Collection(MailEventsEnvironment.Name)]
public sealed class BounceAndSpamTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task A_hard_bounce_of_the_digest_pauses_the_digests_says_why_on_the_preferences_page_and_the_next_week_sends_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 410);

        var post = await environment.ReportAsync(digest.Digest, "bounce");

        Assert.Equal(200, post.Status);
        Assert.Equal(AccountStatus.Paused, (await digest.AccountAsync()).Status);
        using var browser = environment.Browser();
        var preferences = await ActionPage.GetAsync(browser, digest.AccountLink(LinkAction.Preferences));
        Assert.Equal(200, preferences.Status);
        var hold = await digest.Persona.Services.GetRequiredService<IDeliveryHoldStore>().FindAsync(digest.Persona.UserId, CancellationToken.None);
        Assert.Equal(DeliveryHoldReason.AddressRefused, hold!.Reason);
        Assert.Equal("5.1.1", hold.Status);
        Assert.Contains(DeliveryHoldSentence.Of(hold, (await digest.AccountAsync()).Language), preferences.Text);

        var nextSlot = digest.Persona.Slot.AddDays(7);
        digest.Persona.PlayClockTo(nextSlot.AddMinutes(5));
        await digest.Persona.RunTimerAsync();
        foreach (var job in await digest.Persona.TakeJobsAsync()) await digest.Persona.RunJobAsync(job);
        var nextWeek = DigestWeek.Of(nextSlot, TimeZones.Of(digest.Mailbox.Owner.TimeZone));
        var record = await digest.Persona.Services.GetRequiredService<IDigestStore>().FindAsync(digest.Persona.UserId, nextWeek, CancellationToken.None);
        Assert.Equal(DigestState.Skipped, record?.State);
        Assert.Single(digest.Persona.Digests());
    }

    [Fact]
    public async Task A_block_pauses_the_digests_with_the_block_as_the_reason()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 411);
        var welcome = Assert.Single(environment.EmailsTo(persona.Mailbox));

        Assert.Equal(200, (await environment.ReportAsync(welcome, "bounce", type: "blocked")).Status);

        Assert.Equal(AccountStatus.Paused, (await AccountAsync(persona)).Status);
        var hold = await persona.Services.GetRequiredService<IDeliveryHoldStore>().FindAsync(persona.UserId, CancellationToken.None);
        Assert.Equal(DeliveryHoldReason.Blocked, hold!.Reason);
    }

    [Fact]
    public async Task A_spam_report_unsubscribes_the_user()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 412);

        Assert.Equal(200, (await environment.ReportAsync(digest.Digest, "spamreport")).Status);

        Assert.Equal(AccountStatus.Unsubscribed, (await digest.AccountAsync()).Status);
    }

    [Fact]
    public async Task Delivered_and_processed_events_change_nothing_and_the_digest_asks_SendGrid_to_track_neither_opens_nor_clicks_nor_subscriptions()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 413);

        Assert.Equal(200, (await environment.ReportAsync(digest.Digest, "processed")).Status);
        Assert.Equal(200, (await environment.ReportAsync(digest.Digest, "delivered")).Status);

        Assert.Equal(AccountStatus.Active, (await digest.AccountAsync()).Status);
        Assert.Equal(false, digest.Digest.Tracking.OpenTracking);
        Assert.Equal(false, digest.Digest.Tracking.ClickTracking);
        Assert.Equal(false, digest.Digest.Tracking.SubscriptionTracking);
    }

    private static async Task<UserAccount> AccountAsync(PersonaAtSlot persona) =>
        (await persona.Services.GetRequiredService<IUserStore>().FindAsync(persona.UserId, CancellationToken.None))!;
}
