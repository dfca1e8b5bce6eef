using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Review;
using NudgeService.Domain.Review;
using NudgeService.Integration.Tests.Digest.Journey;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Review;

/// <summary>The quarterly review as the weekly job sends it: through the timer, the queue and the real SendGrid client.</summary>
[Collection(DigestEnvironment.Name)]
public sealed partial class QuarterlyReviewDeliveryTests(ServiceEnvironment environment)
{
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_first_digest_slot_of_a_quarter_also_sends_the_review_with_its_picture_inline_once_even_when_the_job_comes_twice()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 61, after: NewYear);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();
        var job = Assert.Single(await persona.TakeJobsAsync());

        await persona.RunJobAsync(job);
        await persona.RunJobAsync(job);

        Assert.Single(persona.Digests());
        var review = Assert.Single(persona.Reviews());
        var picture = Assert.Single(review.Attachments);
        Assert.True(picture.Inline);
        Assert.Equal("image/png", picture.Type);
        Assert.InRange(picture.Bytes, 1, 150 * 1024);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Convert.FromBase64String(picture.Content)[..4]);
        var html = review.ContentOf("text/html")!;
        var image = ImageTag().Match(html);
        Assert.True(image.Success, html);
        Assert.Equal("cid:" + picture.ContentId, image.Groups["src"].Value);
        var alt = System.Net.WebUtility.HtmlDecode(image.Groups["alt"].Value);
        Assert.Contains(alt, review.ContentOf("text/plain")!, StringComparison.Ordinal);
        Assert.Contains("/api/r/", review.ContentOf("text/plain")!, StringComparison.Ordinal);
        Assert.Equal("review", review.CustomArgsFor(review.Personalizations[0])["kind"]);
        Assert.StartsWith("<http", review.HeadersFor(review.Personalizations[0])["List-Unsubscribe"], StringComparison.Ordinal);

        var record = (await persona.Services.GetRequiredService<IReviewStore>().FindAsync(persona.UserId, new ReviewQuarter(2027, 1), CancellationToken.None))!;
        Assert.Equal(ReviewState.Sent, record.State);
        Assert.Equal(review.Id, record.MessageId);
        Assert.True(record.Snapshot.Layers.Values.Sum() > 0);
    }

    [Fact]
    public async Task Last_quarters_stored_counts_are_what_the_review_compares_with_and_are_exported_and_erased_with_the_account()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 63, after: NewYear);
        var reviews = persona.Services.GetRequiredService<IReviewStore>();
        var last = new ReviewSnapshot(new ReviewQuarter(2026, 4), new Dictionary<Domain.Relationships.Tier, int> { [Domain.Relationships.Tier.Closest] = 97 }, Lapsed: 3, NewPeople: 2);
        await reviews.TryCreateAsync(new ReviewRecord(persona.UserId, last.Quarter, ReviewState.Sent, new DateOnly(2026, 10, 5), last, persona.Slot.AddDays(-91)), CancellationToken.None);
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();

        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));

        var text = Assert.Single(persona.Reviews()).ContentOf("text/plain")!;
        var closest = (await reviews.FindAsync(persona.UserId, new ReviewQuarter(2027, 1), CancellationToken.None))!.Snapshot.Layers[Domain.Relationships.Tier.Closest];
        Assert.Contains($"Closest (about 5): {closest} (−{97 - closest})", text, StringComparison.Ordinal);

        var export = await persona.Services.GetRequiredService<IUserDataExporter>().ExportAsync(persona.UserId, CancellationToken.None);
        Assert.Equal(["2026-Q4", "2027-Q1"], export["reviews"]!.AsArray().Select(row => (string?)row!["RowKey"]).Order());
        await persona.Services.GetRequiredService<IUserDataEraser>().EraseAsync(persona.UserId, CancellationToken.None);
        Assert.Empty(await reviews.ListAsync(persona.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task A_slot_that_does_not_open_a_quarter_sends_the_digest_alone()
    {
        await using var persona = await PersonaAtSlot.ConnectAsync(environment, PersonaSize.Small, seed: 65, after: NewYear.AddDays(7));
        persona.PlayClockTo(persona.Slot.AddMinutes(5));
        await persona.RunTimerAsync();

        await persona.RunJobAsync(Assert.Single(await persona.TakeJobsAsync()));

        Assert.Single(persona.Digests());
        Assert.Empty(persona.Reviews());
        Assert.Empty(await persona.Services.GetRequiredService<IReviewStore>().ListAsync(persona.UserId, CancellationToken.None));
    }

    [GeneratedRegex("<img src=\"(?<src>[^\"]+)\"[^>]*alt=\"(?<alt>[^\"]+)\"")]
    private static partial Regex ImageTag();
}
