using NudgeService.Application.Review;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;
using NudgeService.Infrastructure.Templates;

namespace NudgeService.Integration.Tests.Review;

public sealed class ReviewRenderingTests
{
    private static readonly LiquidReviewRenderer Renderer = new();

    [Theory]
    [InlineData("en", "Your network this quarter · 1 bridge to keep · 1 person to thank · an introduction worth making")]
    [InlineData("fr", "Votre réseau ce trimestre · 1 pont à entretenir · 1 personne à remercier · une mise en relation à proposer")]
    public void The_subject_names_what_the_review_holds(string language, string subject) =>
        Assert.Equal(subject, Renderer.Render(Sample(language), "cid:network").Subject);

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_alt_text_and_the_text_part_carry_the_pictures_facts(string language)
    {
        var review = Renderer.Render(Sample(language), "cid:network");

        Assert.Contains("4", review.AltText);
        Assert.Contains(language == "fr" ? "+2 depuis le trimestre dernier" : "+2 since last quarter", review.AltText);
        Assert.Contains(review.AltText, review.Text);
        var alt = System.Text.RegularExpressions.Regex.Match(review.Html, "alt=\"([^\"]*)\"").Groups[1].Value;
        Assert.Equal(review.AltText, System.Net.WebUtility.HtmlDecode(alt));
        Assert.Contains("src=\"cid:network\"", review.Html);
        Assert.StartsWith("\u0089PNG", System.Text.Encoding.Latin1.GetString(review.Picture, 0, 4));
    }

    [Fact]
    public void French_drafts_say_tu_to_close_ties_and_vous_to_others()
    {
        var review = Renderer.Render(Sample("fr"), "cid:network");

        Assert.Contains("c'est grâce à toi que j'ai rencontré Paul", review.Text);
        Assert.Contains("Comment se passent les choses chez Institut Calliope ?", review.Text);
        Assert.Contains("Veux-tu que je vous présente ?", review.Text);
        Assert.Contains("Voulez-vous que je vous présente ?", review.Text);
    }

    [Theory]
    [InlineData("en", "Ask each first:", "Would you like me to introduce you?", "Perhaps let it go")]
    [InlineData("fr", "Demandez d'abord à chacun :", "que je vous présente ?", "Vous pouvez lâcher prise")]
    public void Every_item_carries_its_reason_and_an_introduction_asks_each_side_first(string language, string askFirst, string optIn, string letGo)
    {
        var review = Renderer.Render(Sample(language), "cid:network");

        foreach (var part in new[] { review.Html, review.Text })
        {
            Assert.Contains(askFirst, part);
            Assert.Contains(optIn, part);
            Assert.Contains(letGo, part);
            Assert.Contains("Institut Calliope", part);
            Assert.Contains("Ada Lind", part);
        }
    }

    private static ReviewView Sample(string language)
    {
        var close = new ReviewPerson("Inès Roy", "Inès", Familiar: true);
        var distant = new ReviewPerson("Nathan Lee", "Nathan", Familiar: false);
        var newcomer = new ReviewPerson("Paul Vidal", "Paul", Familiar: false);
        List<ReviewedTie> ties = [new("ines@vauban.fr", Tier.Close, TieTrend.Steady, null, 10), new("nathan@calliope.fr", Tier.Outer, TieTrend.Cooling, null, 3)];
        return new ReviewView(
            language, "Claire", new ReviewQuarter(2026, 4), new DateOnly(2026, 10, 5),
            [new LayerCount(Tier.Closest, 4, 5), new LayerCount(Tier.Close, 12, 10), new LayerCount(Tier.Regular, 30, 30), new LayerCount(Tier.Outer, 90, 95), new LayerCount(Tier.Weak, 300, 280)],
            new Dictionary<TieTrend, int> { [TieTrend.Warming] = 40, [TieTrend.Steady] = 300, [TieTrend.Cooling] = 60, [TieTrend.Lapsed] = 36 },
            ["Ada Lind"], ["Bo Ek"],
            [new OneSidedLine(new ReviewPerson("Sam Hale", "Sam", false), UserWrites: true, 7, 0, LetGo: true)],
            [new BridgeLine(distant, "Institut Calliope", TieTrend.Cooling, 120, 0)],
            [new ThanksLine(close, newcomer, new DateOnly(2025, 9, 10), InMeeting: false)],
            new IntroductionLine(close, "Vauban", distant, "Institut Calliope", "data"),
            NetworkPicture.Of(ties),
            Links: null);
    }
}
