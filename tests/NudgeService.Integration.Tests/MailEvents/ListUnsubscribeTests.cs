using NudgeService.Application.Actions;
using NudgeService.Integration.Tests.Actions;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.MailEvents;

[Collection(MailEventsEnvironment.Name)]
public sealed class ListUnsubscribeTests(ServiceEnvironment environment)
{
    [Fact]
    public async Task The_digest_offers_the_one_click_link_first_and_a_mailto_whose_subject_names_the_same_unsubscribe_link()
    {
        await using var digest = await DigestInHand.ReceiveAsync(environment, seed: 420);
        var headers = digest.Digest.HeadersFor(digest.Digest.Personalizations[0]);

        var entries = headers["List-Unsubscribe"].Split(',', StringSplitOptions.TrimEntries).Select(entry => entry.Trim('<', '>')).ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
        Assert.Equal(LinkAction.Unsubscribe, digest.Token(entries[0])?.Action);
        var mailto = new Uri(entries[1]);
        Assert.Equal("mailto", mailto.Scheme);
        Assert.StartsWith("unsubscribe@nudge.example?subject=", mailto.OriginalString["mailto:".Length..], StringComparison.Ordinal);
        var subject = Uri.UnescapeDataString(mailto.OriginalString[(mailto.OriginalString.IndexOf("subject=", StringComparison.Ordinal) + "subject=".Length)..]);
        Assert.Equal("unsubscribe " + entries[0][(entries[0].LastIndexOf('/') + 1)..], subject);
    }
}
