using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Actions;
using NudgeService.Domain.Planning;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

[Collection(ActionsEnvironment.Name)]
public sealed class EditInOutlookTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task Without_the_drafts_permission_the_digest_offers_no_edit_and_a_forged_edit_link_is_refused()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 260);
        var nudge = await digest.FirstNudgeAsync();
        Assert.DoesNotContain(digest.Links(), link => digest.Token(link)?.Action == LinkAction.EditInOutlook);
        var edit = digest.Persona.Services.GetRequiredService<ActionLinks>().For(nudge, outlookDrafts: true).EditInOutlook!;
        using var browser = environment.Browser();

        var page = await ActionPage.GetAsync(browser, edit);

        Assert.Equal(403, page.Status);
        Assert.Empty(page.Forms);
        Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }

    [Fact]
    public async Task With_the_drafts_permission_edit_creates_one_draft_to_the_contact_and_redirects_to_Outlook()
    {
        var settings = new Dictionary<string, string?>(environment.Settings);
        var port = FreePorts.Take(1)[0];
        var baseUrl = $"http://127.0.0.1:{port}";
        settings["Nudge:PublicBaseUrl"] = baseUrl;
        settings["Nudge:Identity:RedirectUri"] = $"{baseUrl}/api/auth/callback";
        settings["Nudge:Identity:OutlookDrafts"] = "true";
        await using var web = await LocalWebHost.StartAsync(port, settings, environment.Logs);
        await using var persona = await PersonaAtSlot.ConnectThroughAsync(environment, web, settings, PersonaSize.Medium, seed: 261);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));
        var nudge = (await persona.NudgesAsync()).OrderBy(each => each.Id, StringComparer.Ordinal).First();
        var tokens = persona.Services.GetRequiredService<ActionTokens>();
        var html = Assert.Single(persona.Digests()).ContentOf("text/html")!;
        var edit = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]+/api/n/([^\"]+))\"")
            .Single(match => tokens.Read(match.Groups[2].Value, DateTimeOffset.UtcNow).Token is { Action: LinkAction.EditInOutlook } token && token.NudgeId == nudge.Id).Groups[1].Value;
        using var browser = environment.Browser();

        var page = await ActionPage.GetAsync(browser, edit);
        Assert.Equal(200, page.Status);
        Assert.Equal(SuggestionOutcome.Proposed, (await persona.NudgesAsync()).Single(each => each.Id == nudge.Id).Outcome);
        var redirect = await page.SubmitAsync(browser, web.BaseUrl);
        var again = await page.SubmitAsync(browser, web.BaseUrl);

        Assert.Equal(303, redirect.Status);
        var outlook = redirect.Response.Headers.Location!;
        Assert.Contains("/owa/", outlook.ToString());
        Assert.Equal(200, again.Status);
        var drafts = persona.Mailbox.MessagesNewestFirst(MailFolder.Drafts, persona.Mailbox.CurrentWatermark(), message => message.Subject == nudge.Draft.Subject, 0, 10);
        var draft = Assert.Single(drafts);
        Assert.Equal([nudge.Address], draft.To.Select(to => to.Address));
        Assert.Equal(nudge.Draft.Body, draft.Body!.Content);
        Assert.Empty(persona.Mailbox.SentThroughGraph);
        Assert.Equal(SuggestionOutcome.Drafted, (await persona.NudgesAsync()).Single(each => each.Id == nudge.Id).Outcome);
        using var opened = await browser.GetAsync(outlook);
        Assert.Equal(200, (int)opened.StatusCode);
    }
}
