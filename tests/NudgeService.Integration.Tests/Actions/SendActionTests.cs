using System.Net.Http.Json;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Domain.Planning;
using NudgeService.Sandbox.Faults;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

[Collection(ActionsEnvironment.Name)]
public sealed class SendActionTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Send_shows_the_drafted_message_then_sends_it_as_drafted_from_the_users_mailbox_to_the_contact_only_and_Sent_Items_shows_it_once_after_the_202()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 201);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();

        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));
        Assert.Equal(200, page.Status);
        Assert.True(page.HasSecurityHeaders);
        Assert.Contains(nudge.Address, page.Text);
        Assert.Contains(nudge.Draft.Subject, page.Text);
        Assert.Contains(nudge.Draft.Body.Split('\n')[0], page.Text);
        var form = Assert.Single(page.Forms);
        Assert.False(form.Fields.ContainsKey(NudgePages.SubjectField));
        Assert.False(form.Fields.ContainsKey(NudgePages.BodyField));

        var sent = await page.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string> { ["to"] = "someone.else@example.com" });

        Assert.Equal(200, sent.Status);
        var (outgoing, sentItems) = digest.Outgoing(nudge.Draft.Subject);
        var message = Assert.Single(outgoing);
        Assert.Empty(sentItems);
        digest.Persona.PlayClockTo(digest.Mailbox.Clock.Now.AddSeconds(FaultSettings.DefaultSentItemsDelaySeconds));
        Assert.Single(digest.Outgoing(nudge.Draft.Subject).SentItems);
        Assert.Equal([nudge.Address], message.To.Select(to => to.Address));
        Assert.Empty(message.Cc);
        Assert.Equal("text", message.Body!.ContentType, ignoreCase: true);
        Assert.Equal(nudge.Draft.Body, message.Body.Content);
        var recorded = await digest.NudgeAsync(nudge.Id);
        Assert.Equal(SuggestionOutcome.Sent, recorded.Outcome);
        Assert.NotNull(recorded.OutcomeAt);
    }

    [Fact]
    public async Task A_double_click_a_replayed_post_and_the_back_button_send_nothing_more_and_say_when_it_was_sent()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 202);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));

        var clicks = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => page.SubmitAsync(browser, environment.Web.BaseUrl)));
        var replay = await page.SubmitAsync(browser, environment.Web.BaseUrl);
        var back = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));

        var alreadySent = DigestInHand.Opening((await digest.TextsAsync()).SentOn);
        Assert.All(clicks, click => Assert.Equal(200, click.Status));
        Assert.Single(digest.Outgoing(nudge.Draft.Subject).Sent);
        digest.Persona.PlayClockTo(digest.Mailbox.Clock.Now.AddSeconds(FaultSettings.DefaultSentItemsDelaySeconds));
        Assert.Single(digest.Outgoing(nudge.Draft.Subject).SentItems);
        Assert.Equal(200, replay.Status);
        Assert.Contains(alreadySent, replay.Text);
        Assert.Contains(alreadySent, back.Text);
        Assert.Empty(back.Forms);
    }

    [Fact]
    public async Task A_revoked_grant_at_send_time_asks_to_reconnect_shows_the_message_again_and_leaves_the_nudge_proposed()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 205);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));
        (await browser.PostAsync(new Uri(environment.Sandbox.BaseUrl, $"sandbox/mailboxes/{digest.Mailbox.Key}/revoke"), null)).EnsureSuccessStatusCode();

        var refused = await page.SubmitAsync(browser, environment.Web.BaseUrl);

        Assert.Equal(403, refused.Status);
        Assert.Contains("api/connect", refused.Html);
        Assert.Single(refused.Forms);
        Assert.Contains(nudge.Draft.Subject, refused.Text);
        Assert.Empty(digest.Mailbox.SentThroughGraph);
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
        Assert.Equal(AccountStatus.NeedsReconnect, (await digest.AccountAsync()).Status);
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, 1.0)]
    public async Task A_throttled_or_unavailable_Graph_gets_an_honest_503_after_bounded_retries_and_a_later_post_sends_once(double throttleRate, double unavailableRate)
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: throttleRate > 0 ? 206 : 207);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));
        var faults = new Uri(environment.Sandbox.BaseUrl, $"sandbox/mailboxes/{digest.Mailbox.Key}/faults");
        (await browser.PutAsJsonAsync(faults, new { throttleRate, unavailableRate, retryAfterSeconds = 1 })).EnsureSuccessStatusCode();

        var busy = await page.SubmitAsync(browser, environment.Web.BaseUrl);

        Assert.Equal(503, busy.Status);
        Assert.Single(busy.Forms);
        Assert.Contains(nudge.Draft.Subject, busy.Text);
        Assert.Empty(digest.Mailbox.SentThroughGraph);
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);

        (await browser.PutAsJsonAsync(faults, new { throttleRate = 0, unavailableRate = 0 })).EnsureSuccessStatusCode();
        var sent = await busy.SubmitAsync(browser, environment.Web.BaseUrl);

        Assert.Equal(200, sent.Status);
        Assert.Single(digest.Outgoing(nudge.Draft.Subject).Sent);
    }
}
