using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

[Collection(ActionsEnvironment.Name)]
public sealed class SubscriptionTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task The_one_click_unsubscribe_post_of_RFC_8058_answers_200_and_stops_the_digest()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 230);
        var headers = digest.Digest.HeadersFor(digest.Digest.Personalizations[0]);
        var link = headers["List-Unsubscribe"].Split(',')[0].Trim().Trim('<', '>');
        using var client = new HttpClient();

        var response = await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(AccountStatus.Unsubscribed, (await digest.AccountAsync()).Status);
    }

    [Fact]
    public async Task The_unsubscribe_page_unsubscribes_with_its_button_and_then_offers_to_resubscribe()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 231);
        using var browser = environment.Browser();
        var page = await ActionPage.GetAsync(browser, digest.AccountLink(LinkAction.Unsubscribe));
        Assert.Equal(200, page.Status);
        Assert.True(page.HasSecurityHeaders);
        Assert.Equal(AccountStatus.Active, (await digest.AccountAsync()).Status);

        var unsubscribed = await page.SubmitAsync(browser, environment.Web.BaseUrl);
        Assert.Equal(200, unsubscribed.Status);
        Assert.Equal(AccountStatus.Unsubscribed, (await digest.AccountAsync()).Status);
        Assert.Equal(Subscription.ResubscribeIntent, Assert.Single(unsubscribed.Forms).Fields[Subscription.IntentField]);

        var resubscribed = await unsubscribed.SubmitAsync(browser, environment.Web.BaseUrl);
        Assert.Equal(200, resubscribed.Status);
        Assert.Equal(AccountStatus.Active, (await digest.AccountAsync()).Status);
    }

    [Fact]
    public async Task The_preferences_page_lists_the_people_set_aside_and_takes_one_back()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 232);
        var nudge = await digest.FirstNudgeAsync();
        using var browser = environment.Browser();
        await (await ActionPage.GetAsync(browser, digest.LinkTo(LinkAction.NotThisPerson, nudge))).SubmitAsync(browser, environment.Web.BaseUrl);

        var preferences = await ActionPage.GetAsync(browser, digest.AccountLink(LinkAction.Preferences));
        Assert.Equal(200, preferences.Status);
        Assert.Contains(nudge.PersonName, preferences.Text);

        var restored = await preferences.SubmitAsync(browser, environment.Web.BaseUrl, field: Subscription.PersonField);

        Assert.Equal(200, restored.Status);
        Assert.False((await digest.PreferenceAsync(nudge.PersonKey))!.NotThisPerson);
        Assert.DoesNotContain(restored.Forms, form => form.Fields.ContainsKey(Subscription.PersonField));
    }
}
