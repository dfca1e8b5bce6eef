using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>The frame shared by the outbox pages, and the encoder every value on them goes through.</summary>
internal static class OutboxLayout
{
    // Letting all of Unicode through keeps accented names readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:64rem;margin:1.5rem auto;padding:0 1rem;color:#222}"
        + "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .6rem;border-bottom:1px solid #e3e3e3}"
        + "th{white-space:nowrap;color:#555;font-weight:600}nav a{margin-right:1rem}"
        + "iframe{width:100%;height:70vh;border:1px solid #ccc;border-radius:4px}"
        + "pre{white-space:pre-wrap;background:#f7f7f7;padding:1rem;border-radius:4px}.muted{color:#777}";

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string MessageUrl(string id, string suffix = "") => $"/outbox/{Uri.EscapeDataString(id)}{suffix}";

    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) => Results.Content(
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
        + $"<title>{Encode(title)} · SendGrid outbox</title><style>{Style}</style></head><body>{body}</body></html>",
        "text/html; charset=utf-8", statusCode: status);
}
