using Microsoft.Playwright;
using NudgeService.Domain.Planning;
using NudgeService.Integration.Tests.Digest.Browser;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>The digest as its reader uses it: in Chromium, from the email in the sandbox outbox to the message in Sent Items.</summary>
[Collection(ActionsEnvironment.Name)]
public sealed class SendInBrowserTests(ServiceEnvironment environment, DebianChromium chromium) : IClassFixture<DebianChromium>
{
    [Fact]
    public async Task Clicking_send_in_the_digest_editing_the_text_and_confirming_sends_exactly_that_message()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 270);
        var nudge = await digest.FirstNudgeAsync();
        var local = environment.Web.BaseUrl.ToString();
        // Only NudgeService's own pages may load; anything else the email refers to stays blocked.
        await chromium.Context.RouteAsync("**/*", route => route.Request.Url.StartsWith(local, StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var page = await chromium.Context.NewPageAsync();
        await page.SetContentAsync(digest.Html);

        await page.Locator($"a[href='{digest.LinkTo(Application.Actions.NudgeAction.Send, nudge)}']").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(local + "api/n/", StringComparison.Ordinal));
        Assert.Equal(nudge.Draft.Body, await page.Locator("textarea[name=body]").InputValueAsync());
        var subject = "Lunch soon? " + Guid.NewGuid().ToString("N")[..6];
        const string body = "Hello,\n\nI saw your news and thought of you. Lunch next week?\n\nCheers";
        await page.Locator("input[name=subject]").FillAsync(subject);
        await page.Locator("textarea[name=body]").FillAsync(body);
        await page.RunAndWaitForResponseAsync(() => page.Locator("button[type=submit]").ClickAsync(), response => response.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var confirmation = await page.Locator("main").InnerTextAsync();
        await page.CloseAsync();

        Assert.Contains(nudge.PersonName, confirmation);
        var message = Assert.Single(digest.Outgoing(subject).Sent);
        Assert.Single(digest.Outgoing(subject).SentItems);
        Assert.Equal([nudge.Address], message.To.Select(to => to.Address));
        Assert.Equal(body, message.Body!.Content);
        Assert.Single(digest.Mailbox.SentThroughGraph);
        Assert.Equal(SuggestionOutcome.Sent, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }
}
