using System.Text.Json;

namespace NudgeService.Application.MailEvents;

/// <summary>Reads the JSON array SendGrid posts; custom arguments sit at the top level of each event.</summary>
internal static class MailEventBatch
{
    /// <summary>SendGrid posts at most a few thousand events at once; anything far larger is not SendGrid.</summary>
    public const int MaxEvents = 10_000;

    /// <summary>The events, or null when the body is not an array of event objects.</summary>
    public static IReadOnlyList<MailEvent>? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() > MaxEvents) return null;
            var events = new List<MailEvent>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || Text(item, "event") is not { } kind) return null;
                var at = item.TryGetProperty("timestamp", out var seconds) && seconds.TryGetInt64(out var unix)
                    ? DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unix, 0, 253402300799))
                    : DateTimeOffset.UnixEpoch;
                events.Add(new MailEvent(kind, Text(item, "type"), Text(item, "status"), Text(item, "reason"), Text(item, "user_id"), at));
            }
            return events;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
