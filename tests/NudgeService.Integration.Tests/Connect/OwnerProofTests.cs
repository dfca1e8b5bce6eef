using System.Text.RegularExpressions;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Connect;

/// <summary>Erasing through the emailed link needs the mailbox owner's own Microsoft sign-in; a forwarded link alone erases nothing.</summary>
[Collection(ConnectEnvironment.Name)]
public sealed partial class OwnerProofTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task The_owner_in_the_browser_they_connected_with_erases_after_a_silent_sign_in_and_one_more_click()
    {
        var mailbox = environment.NewMailbox("Owner");
        using var browser = environment.Browser();
        await environment.ConnectAsync(mailbox, browser: browser);
        var link = DisconnectLinkOf(mailbox);

        var before = await (await browser.GetAsync(link)).Content.ReadAsStringAsync();
        var (back, hops) = await browser.FollowAsync(await PostEraseAsync(browser, link));
        var confirmation = await back.Content.ReadAsStringAsync();
        Assert.NotEmpty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
        var erased = await PostEraseAsync(browser, link);

        Assert.Contains("Me connecter avec Microsoft pour effacer", before);
        var silent = hops[0];
        Assert.Equal("none", ConnectSteps.QueryValue(silent, "prompt"));
        Assert.Equal(mailbox.Owner.Address, ConnectSteps.QueryValue(silent, "login_hint"));
        Assert.NotEmpty(ConnectSteps.QueryValue(silent, "nonce"));
        Assert.Equal(3, hops.Count);
        Assert.Contains($"Vous êtes connecté en tant que titulaire de {mailbox.Owner.Address}", confirmation);
        Assert.Equal(200, (int)erased.StatusCode);
        Assert.Contains("Vos données sont effacées", await erased.Content.ReadAsStringAsync());
        Assert.Empty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
    }

    [Fact]
    public async Task Without_a_session_the_silent_sign_in_falls_back_to_an_interactive_one_as_the_owner()
    {
        var mailbox = environment.NewMailbox("OtherDevice");
        await environment.ConnectAsync(mailbox);
        var link = DisconnectLinkOf(mailbox);
        using var laptop = environment.Browser();

        var (back, hops) = await laptop.FollowAsync(await PostEraseAsync(laptop, link));
        var erased = await PostEraseAsync(laptop, link);

        Assert.Equal("login_required", ConnectSteps.QueryValue(hops[1], "error"));
        Assert.DoesNotContain("prompt=", hops[2].Query, StringComparison.Ordinal);
        Assert.Equal(mailbox.Owner.Address, ConnectSteps.QueryValue(hops[2], "login_hint"));
        Assert.Contains("Vous êtes connecté en tant que titulaire", await back.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)erased.StatusCode);
        Assert.Empty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
    }

    [Fact]
    public async Task A_forwarded_link_read_in_another_browser_that_cannot_sign_in_as_the_owner_erases_nothing()
    {
        var mailbox = environment.NewMailbox("Forwarded");
        await environment.ConnectAsync(mailbox);
        var link = DisconnectLinkOf(mailbox);
        using var reader = environment.Browser();
        environment.Consent.Mode = ConsentMode.AutoDeny;
        try
        {
            var (refused, _) = await reader.FollowAsync(await PostEraseAsync(reader, link));
            var again = await PostEraseAsync(reader, link);

            Assert.Equal(403, (int)refused.StatusCode);
            Assert.Contains("Vous ne vous êtes pas connecté en tant que titulaire", await refused.Content.ReadAsStringAsync());
            Assert.Equal(303, (int)again.StatusCode);
            Assert.NotEmpty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
        }
        finally
        {
            environment.Consent.Mode = ConsentMode.AutoAccept;
        }
    }

    [Fact]
    public async Task A_reader_signed_in_as_someone_else_is_told_so_and_erases_nothing()
    {
        var mailbox = environment.NewMailbox("Victim");
        var colleague = environment.NewMailbox("Colleague");
        await environment.ConnectAsync(mailbox);
        using var reader = environment.Browser();
        await environment.ConnectAsync(colleague, browser: reader);
        var link = DisconnectLinkOf(mailbox);
        environment.Consent.SignInAs = colleague.Key;
        try
        {
            var (refused, hops) = await reader.FollowAsync(await PostEraseAsync(reader, link));

            Assert.Equal("interaction_required", ConnectSteps.QueryValue(hops[1], "error"));
            Assert.Equal(403, (int)refused.StatusCode);
            Assert.Contains("un autre compte Microsoft", await refused.Content.ReadAsStringAsync());
            Assert.NotEmpty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
            Assert.NotEmpty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(colleague)));
        }
        finally
        {
            environment.Consent.SignInAs = null;
        }
    }

    [Fact]
    public async Task A_proof_started_by_a_link_holder_and_finished_in_the_owners_browser_proves_nothing_and_cannot_be_replayed()
    {
        var mailbox = environment.NewMailbox("Lured");
        using var owner = environment.Browser();
        await environment.ConnectAsync(mailbox, browser: owner);
        var link = DisconnectLinkOf(mailbox);
        using var holder = environment.Browser();

        var started = await PostEraseAsync(holder, link);
        var callback = (await owner.GetAsync(started.Headers.Location)).Headers.Location!;
        var lured = await owner.GetAsync(callback);
        var replayed = await holder.GetAsync(callback);
        var erase = await PostEraseAsync(owner, link);

        Assert.Equal(403, (int)lured.StatusCode);
        Assert.Contains("commencée dans un autre navigateur", await lured.Content.ReadAsStringAsync());
        Assert.Equal(400, (int)replayed.StatusCode);
        Assert.Equal(303, (int)erase.StatusCode);
        Assert.NotEmpty(await environment.EntitiesOfAsync(ConnectSteps.UserIdOf(mailbox)));
    }

    private string DisconnectLinkOf(Mailbox mailbox) => DisconnectLink().Match(environment.EmailsTo(mailbox).First().ContentOf("text/plain")!).Value;

    private async Task<HttpResponseMessage> PostEraseAsync(HttpClient browser, string link) =>
        await browser.PostAsync(new Uri(environment.Web.BaseUrl, "api/account/disconnect"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = ConnectSteps.QueryValue(new Uri(link), "token") }));

    [GeneratedRegex(@"http://\S+/api/account/disconnect\?token=\S+")]
    private static partial Regex DisconnectLink();
}
