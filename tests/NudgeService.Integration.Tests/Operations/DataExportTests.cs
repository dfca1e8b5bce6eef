using System.Text.Json.Nodes;
using NudgeService.Application.Actions;
using NudgeService.Integration.Tests.Actions;
using NudgeService.Integration.Tests.MailEvents;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Operations;

[Collection(MailEventsEnvironment.Name)]
public sealed class DataExportTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task The_preferences_page_hands_over_everything_held_about_the_user_as_a_JSON_download_and_its_GET_changes_nothing()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 430);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        var preferences = await ActionPage.GetAsync(browser, digest.AccountLink(LinkAction.Preferences));
        var before = await digest.AccountAsync();
        var form = Assert.Single(preferences.Forms, candidate => candidate.Fields.GetValueOrDefault(Subscription.IntentField) == Subscription.ExportIntent);

        var response = await browser.PostAsync(new Uri(environment.Web.BaseUrl, form.Action), new FormUrlEncodedContent(form.Fields));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(digest.Persona.UserId, (string?)export["userId"]);
        Assert.Equal(before.Address, (string?)Assert.Single(export["users"]!.AsArray(), row => (string?)row!["RowKey"] == "account")!["Address"]);
        Assert.NotEmpty(export["ledger"]!.AsArray());
        Assert.NotEmpty(export["digests"]!.AsArray());
        Assert.Contains(export["nudges"]!.AsArray(), row => row!.ToJsonString().Contains(nudge.PersonName, StringComparison.Ordinal));
        var cache = Assert.Single(export["tokencaches"]!.AsArray())!.AsObject();
        Assert.Equal(["RowKey", "content"], cache.Select(pair => pair.Key));
        Assert.Equal(before.Status, (await digest.AccountAsync()).Status);
    }

    [Fact]
    public async Task An_unsubscribe_link_cannot_be_used_to_export_the_data()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 431);
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.AccountLink(LinkAction.Unsubscribe));
        var fields = new Dictionary<string, string>(Assert.Single(page.Forms).Fields) { [Subscription.IntentField] = Subscription.ExportIntent };

        var response = await browser.PostAsync(new Uri(environment.Web.BaseUrl, page.Forms[0].Action), new FormUrlEncodedContent(fields));

        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.DoesNotContain(digest.Persona.UserId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
