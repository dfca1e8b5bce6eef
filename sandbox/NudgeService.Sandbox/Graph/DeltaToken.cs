using System.Buffers.Text;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>
/// The state a nextLink or deltaLink carries. A deltaLink holds only <see cref="Since"/>; a nextLink
/// also pins <see cref="At"/> so that every page of a round describes the same moment.
/// </summary>
/// <param name="Since">What the client already has; null during the initial round.</param>
/// <param name="Cursor">Initial message rounds page by arrival key (ticks, number); other rounds by offset.</param>
/// <param name="Descending">An initial message round going from the newest mail back.</param>
public sealed record DeltaToken(
    int Epoch,
    Watermark? Since,
    Watermark? At,
    long Offset,
    (long Ticks, long Number)? Cursor,
    DateTimeOffset? ReceivedFrom,
    DateTimeOffset? WindowStart,
    DateTimeOffset? WindowEnd,
    string? Select,
    bool Descending = false)
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(Stored.From(this), Json));

    public static DeltaToken? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            return JsonSerializer.Deserialize<Stored>(Base64Url.DecodeFromChars(text), Json)?.ToToken();
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(int E, long? Sv, long? St, long? Av, long? At, long O, long? Ct, long? Cn, long? F, long? Ws, long? We, string? S, bool D)
    {
        public static Stored From(DeltaToken token) => new(
            token.Epoch, token.Since?.Version, token.Since?.Time.UtcTicks, token.At?.Version, token.At?.Time.UtcTicks,
            token.Offset, token.Cursor?.Ticks, token.Cursor?.Number, token.ReceivedFrom?.UtcTicks, token.WindowStart?.UtcTicks, token.WindowEnd?.UtcTicks, token.Select, token.Descending);

        public DeltaToken ToToken() => new(
            E,
            Sv is { } sv && St is { } st ? new Watermark(sv, new DateTimeOffset(st, TimeSpan.Zero)) : null,
            Av is { } av && At is { } at ? new Watermark(av, new DateTimeOffset(at, TimeSpan.Zero)) : null,
            O,
            Ct is { } ct && Cn is { } cn ? (ct, cn) : null,
            F is { } f ? new DateTimeOffset(f, TimeSpan.Zero) : null,
            Ws is { } ws ? new DateTimeOffset(ws, TimeSpan.Zero) : null,
            We is { } we ? new DateTimeOffset(we, TimeSpan.Zero) : null,
            S,
            D);
    }
}
