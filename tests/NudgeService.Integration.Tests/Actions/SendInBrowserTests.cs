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
    public async Task Clicking_send_in_the_digest_and_confirming_sends_exactly_the_message_shown()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 270);
        var nudge = await digest.FirstNudgeAsync();
        var local = environment.Web.BaseUrl.ToString();
        // Only NudgeService's own pages may load; anything else the email refers to stays blocked.
        await chromium.Context.RouteAsync("**/*", route => route.Request.Url.StartsWith(local, StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var page = await chromium.Context.NewPageAsync();
        await page.SetContentAsync(digest.Html);

        await page.Locator($"a[href='{digest.LinkTo(Application.Actions.LinkAction.Send, nudge)}']").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(local + "api/n/", StringComparison.Ordinal));
        Assert.Equal(nudge.Draft.Body, await page.Locator("p.passage").InnerTextAsync());
        Assert.Equal(0, await page.Locator("input[type=text], textarea").CountAsync());
        await page.Locator("button[type=submit]").ClickAsync();
        // The confirmation has no form: waiting for the form to go does not depend on which load events of which document were seen.
        await page.Locator("form").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var confirmation = await page.Locator("main").InnerTextAsync();
        await page.CloseAsync();

        Assert.Contains(nudge.PersonName, confirmation);
        var message = Assert.Single(digest.Outgoing(nudge.Draft.Subject).Sent);
        Assert.Empty(digest.Outgoing(nudge.Draft.Subject).SentItems);
        Assert.Equal([nudge.Address], message.To.Select(to => to.Address));
        Assert.Equal(nudge.Draft.Body, message.Body!.Content);
        Assert.Single(digest.Mailbox.SentThroughGraph);
        Assert.Equal(SuggestionOutcome.Sent, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }
}
