using System.Text.Json;
using Microsoft.Playwright;
using NudgeService.Application.Digest.Wording;
using NudgeService.Infrastructure.Templates;
using NudgeService.Integration.Tests.Digest.Rendering;
using Xunit.Abstractions;

namespace NudgeService.Integration.Tests.Digest.Browser;

/// <summary>The digest as a phone and a desktop mail client show it, in light and dark mode; screenshots are kept under the test output's artifacts/screenshots.</summary>
public sealed class DigestLayoutTests(DebianChromium chromium, ITestOutputHelper output) : IClassFixture<DebianChromium>
{
    private const int MinimumTouchHeight = 40;
    private const double MinimumReadableFontSize = 14;

    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static TheoryData<string, int, string> Layouts()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var language in new[] { "en", "fr" })
            foreach (var width in new[] { 360, 800 })
                foreach (var scheme in new[] { "light", "dark" })
                    data.Add(language, width, scheme);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task The_digest_fits_the_screen_with_readable_text_and_touchable_buttons(string language, int width, string scheme)
    {
        var view = SampleDigests.Realistic(language);
        var digest = new LiquidDigestRenderer().Render(view);
        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.SetContentAsync(digest.Html);

        var layout = JsonSerializer.Deserialize<Layout>(await page.EvaluateAsync<JsonElement>(MeasureLayout), JsonOptions)!;
        var screenshot = Path.Combine(Screenshots, $"digest-{language}-{width}px-{scheme}.png");
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        await page.CloseAsync();

        Assert.True(layout.ScrollWidth <= layout.ViewportWidth, $"The page scrolls sideways: {layout.ScrollWidth} px wide in a {layout.ViewportWidth} px viewport.");
        Assert.Equal(view.Items.Select(item => DigestSections.Of(item.Kind)).Distinct().Count(), layout.Sections.Length);
        Assert.Equal(view.Items.Sum(item => item.Actions.EditInOutlook is null ? 3 : 4), layout.Buttons.Length);
        Assert.All(layout.Buttons, button =>
        {
            Assert.True(button.Visible, $"'{button.Text}' is hidden.");
            Assert.True(button.Height >= MinimumTouchHeight, $"'{button.Text}' is {button.Height} px tall.");
            Assert.True(button.Right <= layout.ViewportWidth, $"'{button.Text}' ends at {button.Right} px, past the {layout.ViewportWidth} px screen.");
        });
        Assert.True(layout.SmallestFontSize >= MinimumReadableFontSize, $"Text at {layout.SmallestFontSize} px: '{layout.SmallestText}'.");
        Assert.Equal(scheme == "dark", layout.PageLuminance < 0.2);
        Assert.True(Math.Abs(layout.PageLuminance - layout.TextLuminance) > 0.5, $"Text ({layout.TextLuminance:F2}) hardly stands out from the page ({layout.PageLuminance:F2}).");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record Button(string Text, bool Visible, double Height, double Right);

    private sealed record Layout(
        double ScrollWidth,
        double ViewportWidth,
        string[] Sections,
        Button[] Buttons,
        double SmallestFontSize,
        string SmallestText,
        double PageLuminance,
        double TextLuminance);

    /// <summary>Runs in the page: sizes, fonts of every visible text, and the colours a reader sees.</summary>
    private const string MeasureLayout = """
        () => {
          const luminance = (color) => {
            const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map(Number).map(c => c / 255);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const visible = (element) => {
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
          };
          let smallest = Infinity, smallestText = '';
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!node.textContent.trim() || !visible(element)) continue;
            const size = parseFloat(getComputedStyle(element).fontSize);
            if (size < smallest) { smallest = size; smallestText = node.textContent.trim(); }
          }
          const firstCard = document.querySelector('.card p');
          return {
            scrollWidth: document.documentElement.scrollWidth,
            viewportWidth: window.innerWidth,
            sections: [...document.querySelectorAll('h2')].map(h => h.textContent.trim()),
            buttons: [...document.querySelectorAll('a.button')].map(a => {
              const box = a.getBoundingClientRect();
              return { text: a.textContent.trim(), visible: visible(a), height: box.height, right: box.right };
            }),
            smallestFontSize: smallest,
            smallestText,
            pageLuminance: luminance(getComputedStyle(document.body).backgroundColor),
            textLuminance: luminance(getComputedStyle(firstCard).color),
          };
        }
        """;
}
