using System.Globalization;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;
using NudgeService.Infrastructure.Templates;
using SkiaSharp;
using Xunit.Abstractions;

namespace NudgeService.Integration.Tests.Review;

public sealed class NetworkPictureTests(ITestOutputHelper output)
{
    private static readonly PictureWords English = new("You", "Your organisation", "warming", "steady", "cooling", "lapsed");

    [Fact]
    public void The_picture_of_a_medium_network_is_a_small_png_drawn_the_same_twice()
    {
        var ties = SampleNetwork(seed: 3);

        var first = NetworkPictureRenderer.Draw(NetworkPicture.Of(ties), English);
        var second = NetworkPictureRenderer.Draw(NetworkPicture.Of(ties), English);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ties.Count} ties, PNG {first.Length / 1024.0:F1} KB"));
        // Measured: 132 KB for this network.
        Assert.True(first.Length <= 150 * 1024, $"the picture weighs {first.Length} bytes");
        Assert.Equal(first, second);
        using var bitmap = SKBitmap.Decode(first);
        Assert.Equal((NetworkPictureRenderer.Size, NetworkPictureRenderer.Size), (bitmap.Width, bitmap.Height));
        foreach (var trend in Enum.GetValues<TieTrend>())
        {
            Assert.True(Count(bitmap, NetworkPictureRenderer.ColourOf(trend), 0, bitmap.Height) > 50, $"no {trend} dot drawn");
        }
    }

    [Fact]
    public void The_legend_and_labels_are_written_with_the_shipped_font()
    {
        var picture = NetworkPicture.Of(SampleNetwork(seed: 3));
        using var written = SKBitmap.Decode(NetworkPictureRenderer.Draw(picture, English));
        using var blank = SKBitmap.Decode(NetworkPictureRenderer.Draw(picture, new PictureWords("", "", "", "", "", "")));

        var ink = new SKColor(0x1F, 0x29, 0x37);
        var legendTop = NetworkPictureRenderer.LegendTop;
        var withWords = Count(written, ink, legendTop, NetworkPictureRenderer.Size);
        Assert.True(withWords > 200, $"only {withWords} ink pixels in the legend: its words were not drawn");
        Assert.Equal(0, Count(blank, ink, legendTop, NetworkPictureRenderer.Size));
    }

    [Fact]
    public void A_week_of_new_people_and_a_few_changed_layers_moves_few_dots()
    {
        var before = SampleNetwork(seed: 3);
        var random = new Random(11);
        var after = before.Select(tie => random.NextDouble() < 0.03 ? tie with { Tier = (Tier)Math.Clamp((int)tie.Tier + (random.Next(2) == 0 ? -1 : 1), 1, 5) } : tie)
            .Concat(Enumerable.Range(0, 8).Select(i => new ReviewedTie($"new{i}@example.org", Tier.Weak, TieTrend.Warming, null, 0.5)))
            .ToList();

        var was = NetworkPicture.Of(before).Dots.ToDictionary(dot => dot.Key);
        var now = NetworkPicture.Of(after).Dots.Where(dot => was.ContainsKey(dot.Key)).ToList();
        var half = NetworkPictureRenderer.Size / 2.0 * (656 / 720.0);
        var moved = now.Count(dot => Math.Sqrt(Math.Pow((dot.X - was[dot.Key].X) * half, 2) + Math.Pow((dot.Y - was[dot.Key].Y) * half, 2)) > 8);
        var share = moved / (double)now.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{moved} of {now.Count} dots moved more than 8 px ({share:P1})"));
        // Measured: 5 of 300 dots (1.7 %), those whose layer changed.
        Assert.True(share <= 0.05, $"{share:P1} of the dots moved");
    }

    private static int Count(SKBitmap bitmap, SKColor colour, int fromRow, int toRow)
    {
        var count = 0;
        for (var y = fromRow; y < toRow; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y) == colour) count++;
            }
        }
        return count;
    }

    /// <summary>A network of the medium persona's shape: 5, 10, 35, 100 and 600 ties over twenty organisations.</summary>
    private static List<ReviewedTie> SampleNetwork(int seed)
    {
        var random = new Random(seed);
        var organisations = Enumerable.Range(0, 20).Select(i => new Organisation($"org{i}", $"Organisation {i}")).Append(new Organisation("", "", IsOwn: true)).ToList();
        int[] sizes = [5, 10, 35, 100, 600];
        var ties = new List<ReviewedTie>();
        for (var tier = 0; tier < sizes.Length; tier++)
        {
            for (var i = 0; i < sizes[tier]; i++)
            {
                var organisation = random.NextDouble() < 0.25 ? null : organisations[random.Next(organisations.Count)];
                var trend = (TieTrend)random.Next(4);
                ties.Add(new ReviewedTie($"p{tier}-{i}@example.org", (Tier)(tier + 1), trend, organisation, 100.0 / (tier + 1) - i * 0.01));
            }
        }
        return ties;
    }
}
