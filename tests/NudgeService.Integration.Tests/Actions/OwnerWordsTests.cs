using NudgeService.Application.Actions;
using NudgeService.Application.OwnerProof;
using NudgeService.Domain.Planning;
using NudgeService.Integration.Tests.Connect;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Actions;

/// <summary>Other words than the drafted ones leave the mailbox only after its owner's Microsoft sign-in.</summary>
[Collection(ActionsEnvironment.Name)]
public sealed class OwnerWordsTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task The_owner_signs_in_then_sends_their_own_words_once_and_the_pass_is_spent_with_them()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 291);
        var nudge = await digest.FirstNudgeAsync();
        var link = digest.LinkTo(LinkAction.Send, nudge);
        using var browser = environment.Browser();

        var sendPage = await ActionPage.GetAsync(browser, link);
        var ask = await ActionPage.GetAsync(browser, $"{link}?{NudgePages.ChangeWordsQuery}=1");
        var started = await ask.SubmitAsync(browser, environment.Web.BaseUrl);
        var (back, hops) = await browser.FollowAsync(started.Response);
        var editable = await ActionPage.ReadAsync(back);
        var sent = await editable.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string>
        {
            [NudgePages.SubjectField] = "Lunch next week?\r\nBcc: someone@example.com",
            [NudgePages.BodyField] = "Hi, it has been too long. Lunch on Thursday?\nSam",
        });

        Assert.Contains($"{NudgePages.ChangeWordsQuery}=1", sendPage.Html);
        Assert.Equal(303, started.Status);
        Assert.Equal(digest.Mailbox.Owner.Address, ConnectSteps.QueryValue(hops[0], "login_hint"));
        var form = Assert.Single(editable.Forms);
        Assert.Equal(nudge.Draft.Subject, form.Fields[NudgePages.SubjectField]);
        Assert.Equal(200, sent.Status);
        var message = Assert.Single(digest.Outgoing("Lunch next week? Bcc: someone@example.com").Sent);
        Assert.Equal([nudge.Address], message.To.Select(to => to.Address));
        Assert.Equal("Hi, it has been too long. Lunch on Thursday?\nSam", message.Body!.Content);
        Assert.Contains(sent.Response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(OwnerProofs.PassCookie + "=;", StringComparison.Ordinal));
        Assert.Equal(SuggestionOutcome.Sent, (await digest.NudgeAsync(nudge.Id)).Outcome);
    }

    [Fact]
    public async Task A_forwarded_digests_reader_signed_in_as_someone_else_gets_no_editable_form_and_sends_no_words_of_theirs()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 292);
        var nudge = await digest.FirstNudgeAsync();
        var link = digest.LinkTo(LinkAction.Send, nudge);
        var reader = environment.NewMailbox("Reader");
        using var browser = environment.Browser();
        environment.Consent.SignInAs = reader.Key;
        try
        {
            var ask = await ActionPage.GetAsync(browser, $"{link}?{NudgePages.ChangeWordsQuery}=1");
            var (refused, _) = await browser.FollowAsync((await ask.SubmitAsync(browser, environment.Web.BaseUrl)).Response);
            var page = await ActionPage.GetAsync(browser, link);
            var forced = await page.SubmitAsync(browser, environment.Web.BaseUrl, new Dictionary<string, string>
            {
                [NudgePages.SubjectField] = "Urgent: wire transfer",
                [NudgePages.BodyField] = "Please pay the attached invoice today.",
            });

            Assert.Equal(403, (int)refused.StatusCode);
            Assert.False(Assert.Single(page.Forms).Fields.ContainsKey(NudgePages.SubjectField));
            Assert.Equal(403, forced.Status);
            Assert.Empty(digest.Mailbox.SentThroughGraph);
            Assert.Equal(SuggestionOutcome.Proposed, (await digest.NudgeAsync(nudge.Id)).Outcome);
        }
        finally
        {
            environment.Consent.SignInAs = null;
        }
    }
}
