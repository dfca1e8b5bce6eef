using System.Net;
using System.Text.Json;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// Graph saying it no longer knows a delta token: "a 40X error such as syncStateNotFound", also
/// resyncRequired or syncStateInvalid, and any 410 Gone. The status alone does not tell it.
/// </summary>
internal static class SyncStateLoss
{
    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase) { "syncStateNotFound", "resyncRequired", "syncStateInvalid" };

    public static bool Is(int status, string? code) => status == (int)HttpStatusCode.Gone || (status is >= 400 and < 500 && code is not null && Codes.Contains(code));

    /// <summary>The error code of a Graph error body, if it has one.</summary>
    public static string? CodeOf(string? body)
    {
        if (string.IsNullOrEmpty(body)) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
