using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;
using SkiaSharp;

namespace NudgeService.Infrastructure.Templates;

/// <summary>The words drawn on the picture, in the reader's language.</summary>
public sealed record PictureWords(string You, string OwnOrganisation, string Warming, string Steady, string Cooling, string Lapsed);

/// <summary>
/// Draws the network picture as a PNG (email clients do not show SVG): 600 px square, shown at
/// 360 px on a phone so that lines and letters stay sharp, flat colours so that it stays small.
/// The drawing is laid out on a 720-unit square and scaled to the picture.
/// The font ships with the service, so the picture looks the same on every machine.
/// </summary>
public static class NetworkPictureRenderer
{
    public const int Size = 600;

    /// <summary>The square the drawing is laid out on.</summary>
    private const int Layout = 720;

    /// <summary>Height of the legend band at the foot of the picture, in layout units.</summary>
    public const float LegendHeight = 64;

    /// <summary>The legend band's top row in the picture's pixels.</summary>
    public static int LegendTop => (int)Math.Ceiling((Layout - LegendHeight) * Size / (double)Layout);

    /// <summary>Names drawn: the largest organisations only, so that labels never pile up.</summary>
    private const int LabelledSectors = 6;

    private static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);
    private static readonly SKColor RingFill = new(0xF1, 0xF4, 0xF8);
    private static readonly SKColor RingLine = new(0xC9, 0xD1, 0xDC);
    private static readonly SKColor Ink = new(0x1F, 0x29, 0x37);
    private static readonly SKColor SectorLine = new(0xE2, 0xE7, 0xEE);

    private static readonly Lazy<SKTypeface> Typeface = new(() =>
    {
        using var stream = typeof(NetworkPictureRenderer).Assembly.GetManifestResourceStream("NudgeService.Infrastructure.Templates.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The picture's font is missing from the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("The picture's font cannot be read.");
    });

    public static SKColor ColourOf(TieTrend trend) => trend switch
    {
        TieTrend.Warming => new SKColor(0x1E, 0x8E, 0x4F),
        TieTrend.Steady => new SKColor(0x2F, 0x62, 0xB3),
        TieTrend.Cooling => new SKColor(0xD9, 0x7A, 0x0B),
        _ => new SKColor(0x8A, 0x91, 0x99),
    };

    public static byte[] Draw(NetworkPicture picture, PictureWords words)
    {
        var info = new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        canvas.Scale(Size / (float)Layout);
        var centre = new SKPoint(Layout / 2f, (Layout - LegendHeight) / 2f);
        var half = (Layout - LegendHeight) / 2f - 6;

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        using var font = new SKFont(Typeface.Value, 22);
        using var small = new SKFont(Typeface.Value, 20);

        for (var ring = NetworkPicture.RingEdges.Count - 1; ring >= 0; ring--)
        {
            fill.Color = ring % 2 == 0 ? RingFill : Background;
            canvas.DrawCircle(centre, (float)NetworkPicture.RingEdges[ring] * half, fill);
            stroke.Color = RingLine;
            canvas.DrawCircle(centre, (float)NetworkPicture.RingEdges[ring] * half, stroke);
        }
        stroke.Color = SectorLine;
        foreach (var sector in picture.Sectors.Where(sector => sector.EndAngle - sector.StartAngle < 2 * Math.PI - 1e-9))
        {
            var (x, y) = (Math.Cos(sector.StartAngle), Math.Sin(sector.StartAngle));
            canvas.DrawLine(centre.X + (float)(0.2 * x * half), centre.Y + (float)(0.2 * y * half), centre.X + (float)(0.92 * x * half), centre.Y + (float)(0.92 * y * half), stroke);
        }

        foreach (var dot in picture.Dots.OrderBy(dot => dot.Tier == Tier.Weak ? 0 : 1))
        {
            var at = new SKPoint(centre.X + (float)dot.X * half, centre.Y + (float)dot.Y * half);
            var radius = dot.Tier switch { Tier.Closest => 11f, Tier.Close => 9f, Tier.Regular => 7.5f, Tier.Outer => 6f, _ => 4.5f };
            fill.Color = ColourOf(dot.Trend);
            if (dot.Trend == TieTrend.Lapsed)
            {
                stroke.Color = fill.Color;
                canvas.DrawCircle(at, radius - 1, stroke);
            }
            else
            {
                canvas.DrawCircle(at, radius, fill);
            }
        }

        fill.Color = Ink;
        canvas.DrawCircle(centre, 7, fill);
        canvas.DrawText(words.You, centre.X, centre.Y + 30, SKTextAlign.Center, font, fill);

        foreach (var sector in picture.Sectors.Where(sector => sector.Label is not null).OrderByDescending(sector => sector.People).ThenBy(sector => sector.Label, StringComparer.Ordinal).Take(LabelledSectors))
        {
            var middle = (sector.StartAngle + sector.EndAngle) / 2;
            var label = sector.IsOwn ? words.OwnOrganisation : Shorten(sector.Label!);
            var radius = 0.8 * half;
            var x = centre.X + (float)(Math.Cos(middle) * radius);
            var y = centre.Y + (float)(Math.Sin(middle) * radius);
            var width = small.MeasureText(label);
            x = Math.Clamp(x, width / 2 + 4, Layout - width / 2 - 4);
            fill.Color = new SKColor(0xFF, 0xFF, 0xFF, 0xE6);
            canvas.DrawRoundRect(new SKRect(x - width / 2 - 6, y - 18, x + width / 2 + 6, y + 7), 6, 6, fill);
            fill.Color = Ink;
            canvas.DrawText(label, x, y, SKTextAlign.Center, small, fill);
        }

        DrawLegend(canvas, fill, font, words);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("SkiaSharp could not read the picture back.");
        // Every filter tried per row and the strongest deflate: a third smaller than the default for flat drawings.
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the picture.");
        return data.ToArray();
    }

    private static void DrawLegend(SKCanvas canvas, SKPaint fill, SKFont font, PictureWords words)
    {
        (TieTrend Trend, string Word)[] entries = [(TieTrend.Warming, words.Warming), (TieTrend.Steady, words.Steady), (TieTrend.Cooling, words.Cooling), (TieTrend.Lapsed, words.Lapsed)];
        var widths = entries.Select(entry => 28 + font.MeasureText(entry.Word)).ToList();
        var gap = 24f;
        var x = (Layout - widths.Sum() - gap * (entries.Length - 1)) / 2;
        var y = Layout - LegendHeight / 2 + 8;
        for (var i = 0; i < entries.Length; i++)
        {
            fill.Color = ColourOf(entries[i].Trend);
            canvas.DrawCircle(x + 9, y - 7, 9, fill);
            fill.Color = Ink;
            canvas.DrawText(entries[i].Word, x + 26, y, SKTextAlign.Left, font, fill);
            x += widths[i] + gap;
        }
    }

    private static string Shorten(string name) => name.Length <= 22 ? name : name[..21] + "…";
}
