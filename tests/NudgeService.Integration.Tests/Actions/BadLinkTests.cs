using NudgeService.Application.Web;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Actions;
using NudgeService.Domain.Planning;
using NudgeService.Testing;
using NudgeService.Web;

namespace NudgeService.Integration.Tests.Actions;

[Collection(ActionsEnvironment.Name)]
public sealed class BadLinkTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Broken_links_get_a_clear_page_with_the_right_status_and_change_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 240);
        await using var other = await DigestInHand.ReceiveAsync(environment, seed: 241);
        var nudge = await digest.FirstNudgeAsync();
        var othersNudge = await other.FirstNudgeAsync();
        var send = digest.LinkTo(LinkAction.Send, nudge);
        var tokens = digest.Persona.Services.GetRequiredService<ActionTokens>();
        var token = digest.Token(send)!;
        var root = new Uri(environment.Web.BaseUrl, "api/n/").ToString();
        var tampered = send[..^3] + (send[^3] == 'A' ? 'B' : 'A') + send[^2..];
        var cases = new (string Url, int Status)[]
        {
            (send[..^10], 400),
            (root + "not-a-token", 400),
            (tampered, 403),
            (root + tokens.Create(token with { Expires = DateTimeOffset.UtcNow.AddMinutes(-1) }), 410),
            (root + tokens.Create(token with { NudgeId = othersNudge.Id }), 404),
            (root + tokens.Create(token with { UserId = other.Persona.UserId }), 404),
            (root + tokens.Create(token with { UserId = "nobody" }), 404),
            (new Uri(environment.Web.BaseUrl, "api/u/").ToString() + tokens.Create(token), 404),
            (root + tokens.Create(token with { Action = LinkAction.Unsubscribe }), 404),
            (root + tokens.Create(token with { Action = LinkAction.Disconnect }), 404),
        };
        using var browser = environment.Browser();

        foreach (var (url, status) in cases)
        {
            var shown = await ActionPage.GetAsync(browser, url);
            var posted = await ActionPage.ReadAsync(await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["subject"] = "x", ["body"] = "y" })));
            Assert.True(status == shown.Status, $"GET {url} answered {shown.Status}, not {status}.");
            Assert.True(status == posted.Status, $"POST {url} answered {posted.Status}, not {status}.");
            Assert.True(shown.HasSecurityHeaders);
            Assert.Empty(shown.Forms);
        }
        Assert.Empty(digest.Mailbox.SentThroughGraph);
        Assert.Empty(other.Mailbox.SentThroughGraph);
        Assert.Equal(SuggestionOutcome.Proposed, (await other.NudgeAsync(othersNudge.Id)).Outcome);
    }

    [Fact]
    public async Task A_broken_link_speaks_the_browsers_language()
    {
        using var browser = environment.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(environment.Web.BaseUrl, "api/n/not-a-token"));
        request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var page = await ActionPage.ReadAsync(await browser.SendAsync(request));

        Assert.Equal(400, page.Status);
        Assert.Contains(PageTexts.French.LinkBrokenTitle, page.Text);
    }

    [Fact]
    public async Task A_post_without_the_pages_anti_forgery_value_gets_400_and_acts_on_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 242);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();

        foreach (var action in new[] { LinkAction.Send, LinkAction.Snooze, LinkAction.NotThisPerson })
        {
            var page = await ActionPage.GetAsync(browser, digest.LinkTo(action, nudge));
            var withoutProof = await page.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string> { [ActionFormProof.Field] = "" });
            var forged = await page.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string> { [ActionFormProof.Field] = "CfDJ8forged" });
            Assert.Equal(400, withoutProof.Status);
            Assert.Equal(400, forged.Status);
        }
        var unsubscribe = await ActionPage.ReadAsync(await browser.PostAsync(digest.AccountLink(LinkAction.Unsubscribe), new FormUrlEncodedContent(new Dictionary<string, string> { [Subscription.IntentField] = Subscription.UnsubscribeIntent })));
        Assert.Equal(400, unsubscribe.Status);

        Assert.Empty(digest.Mailbox.SentThroughGraph);
        Assert.Null(await digest.PreferenceAsync(nudge.PersonKey));
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
        Assert.Equal(Application.Accounts.AccountStatus.Active, (await digest.AccountAsync()).Status);
    }

    [Fact]
    public async Task A_request_body_larger_than_any_form_gets_413_without_being_read()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 243);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.Send, nudge));
        using var huge = new HttpRequestMessage(HttpMethod.Post, new Uri(environment.Web.BaseUrl, page.Forms[0].Action))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(page.Forms[0].Fields) { [NudgePages.BodyField] = new string('a', 10 * 1024 * 1024) }),
        };
        // As browsers and mail clients may, the client waits to hear whether the server wants a body this large.
        huge.Headers.ExpectContinue = true;

        var tooLarge = await ActionPage.ReadAsync(await browser.SendAsync(huge));
        var chunked = new StringContent("body=" + new string('b', PostedForm.MaxBytes + 1), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        chunked.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(environment.Web.BaseUrl, page.Forms[0].Action)) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var tooLargeChunked = await ActionPage.ReadAsync(await browser.SendAsync(request));

        Assert.Equal(413, tooLarge.Status);
        Assert.Equal(413, tooLargeChunked.Status);
        Assert.Empty(digest.Mailbox.SentThroughGraph);
    }

    [Fact]
    public async Task Names_with_script_right_to_left_text_and_emoji_are_shown_as_inert_isolated_text_without_their_bidirectional_controls()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 244);
        var nudge = await digest.FirstNudgeAsync();
        var name = "<script>alert(1)</script> \u202Eعلي\u202C 🎉";
        var store = digest.Persona.Services.GetRequiredService<Application.Digest.INudgeStore>();
        await store.ReplaceWeekAsync(nudge.UserId, nudge.Week, [.. (await digest.Persona.NudgesAsync()).Select(each => each.Id == nudge.Id ? each with { PersonName = name } : each)], CancellationToken.None);
        using var browser = environment.Browser();

        foreach (var action in new[] { LinkAction.Send, LinkAction.Snooze, LinkAction.NotThisPerson })
        {
            var page = await ActionPage.GetAsync(browser, digest.LinkTo(action, nudge));
            Assert.Equal(200, page.Status);
            Assert.DoesNotContain("<script>", page.Html);
            Assert.Contains("<bdi>", page.Html);
            Assert.Contains("<script>alert(1)</script> علي 🎉", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u202E', page.Text);
        }
    }
}
