using System.Net.Http.Headers;

namespace NudgeService.Infrastructure.Http;

/// <summary>How long a response's Retry-After asks to wait, whether it gives seconds or a date.</summary>
internal static class RetryAfterHeader
{
    /// <returns>Null when the response gives no advice.</returns>
    public static TimeSpan? Wait(HttpResponseMessage? response, TimeProvider time) => Wait(response?.Headers, time);

    /// <returns>Null when the headers give no advice.</returns>
    public static TimeSpan? Wait(HttpResponseHeaders? headers, TimeProvider time)
    {
        var header = headers?.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is not { } date) return null;
        var now = time.GetUtcNow();
        return date > now ? date - now : TimeSpan.Zero;
    }
}
