using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Actions;
using NudgeService.Application.Review;
using NudgeService.Domain.Review;
using NudgeService.Integration.Tests.Actions;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Review;

/// <summary>The page behind a review email's link, served by the local host as the Function App serves it.</summary>
[Collection(DigestEnvironment.Name)]
public sealed partial class ReviewPageTests(ServiceEnvironment environment)
{
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_emailed_link_shows_the_same_review_with_its_picture_inside_the_page_and_opening_it_changes_nothing()
    {
        await using var persona = await ReviewSentAsync(seed: 71);
        var email = Assert.Single(persona.Reviews());
        var link = PageLink().Match(email.ContentOf("text/plain")!).Value;
        var record = await RecordAsync(persona);
        using var browser = environment.Browser();

        var page = await ActionPage.GetAsync(browser, link);
        var again = await ActionPage.GetAsync(browser, link);

        Assert.Equal(200, page.Status);
        Assert.True(page.HasSecurityHeaders);
        Assert.Equal(page.Html, again.Html);
        var emailed = ImageTag().Match(email.ContentOf("text/html")!);
        var shown = ImageTag().Match(page.Html);
        Assert.True(shown.Success, page.Html);
        Assert.Equal(emailed.Groups["alt"].Value, shown.Groups["alt"].Value);
        Assert.Equal("data:image/png;base64," + Assert.Single(email.Attachments).Content, WebUtility.HtmlDecode(shown.Groups["src"].Value));
        Assert.Equal(Names(email.ContentOf("text/html")!), Names(page.Html));
        Assert.NotEmpty(Names(page.Html));
        Assert.Equal(record.Version, (await RecordAsync(persona)).Version);
        Assert.Empty(persona.Mailbox.SentThroughGraph);
    }

    [Fact]
    public async Task HEAD_answers_as_GET_without_a_body_and_expired_tampered_or_foreign_links_get_the_pages_of_the_other_links()
    {
        await using var persona = await ReviewSentAsync(seed: 73);
        var link = PageLink().Match(Assert.Single(persona.Reviews()).ContentOf("text/plain")!).Value;
        var tokens = persona.Services.GetRequiredService<ActionTokens>();
        var token = tokens.Read(link[(link.LastIndexOf('/') + 1)..], DateTimeOffset.UtcNow).Token!;
        var root = new Uri(environment.Web.BaseUrl, "api/r/").ToString();
        using var browser = environment.Browser();

        using var head = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, link));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());

        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];
        var cases = new (string Url, int Status)[]
        {
            (link[..^10], 400),
            (tampered, 403),
            (root + tokens.Create(token with { Expires = DateTimeOffset.UtcNow.AddMinutes(-1) }), 410),
            (root + tokens.Create(token with { NudgeId = ReviewRecord.IdFor(persona.UserId, new ReviewQuarter(2026, 4)) }), 404),
            (root + tokens.Create(token with { Action = LinkAction.Send }), 404),
            (new Uri(environment.Web.BaseUrl, "api/n/").ToString() + tokens.Create(token), 404),
        };
        foreach (var (url, status) in cases)
        {
            var shown = await ActionPage.GetAsync(browser, url);
            using var headed = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            Assert.True(status == shown.Status, $"GET {url} answered {shown.Status}, not {status}.");
            Assert.Equal(status, (int)headed.StatusCode);
            Assert.True(shown.HasSecurityHeaders);
            Assert.DoesNotContain("data:image/png", shown.Html, StringComparison.Ordinal);
        }
    }

    private async Task<PersonaAtSlot> ReviewSentAsync(int seed)
    {
        var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed, after: NewYear);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));
        return persona;
    }

    private static async Task<ReviewRecord> RecordAsync(PersonaAtSlot persona) =>
        (await persona.Services.GetRequiredService<IReviewStore>().FindAsync(persona.UserId, new ReviewQuarter(2027, 1), CancellationToken.None))!;

    private static List<string> Names(string html) => [.. Strong().Matches(html).Select(match => match.Groups[1].Value)];

    [GeneratedRegex(@"https?://\S+/api/r/[A-Za-z0-9_-]+")]
    private static partial Regex PageLink();

    [GeneratedRegex("<img src=\"(?<src>[^\"]+)\"[^>]*alt=\"(?<alt>[^\"]+)\"")]
    private static partial Regex ImageTag();

    [GeneratedRegex("<strong>([^<]+)</strong>")]
    private static partial Regex Strong();
}
