using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NudgeService.Application.Configuration;

using NudgeService.Application.Web;

namespace NudgeService.Web;

/// <summary>
/// How fast one client may call our anonymous endpoints, held in this process's memory: a token
/// bucket per client address (an IPv6 client by its /64) and group of endpoints, refilled every
/// second. What it does not bound across instances is said in docs/emailed-links.md.
/// </summary>
public sealed class RequestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Group, string Client)> limiter;

    public RequestLimiter(IOptions<NudgeOptions> options)
    {
        var perMinute = options.Value.RequestLimits.PerClientPerMinute;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute / 60,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            // The partitioned limiter's own timer refills every bucket; one timer per client would be waste.
            AutoReplenishment = false,
        };
        limiter = PartitionedRateLimiter.Create<(string Group, string Client), (string Group, string Client)>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
    }

    /// <summary>Null when the request may go on; otherwise the 429 page, with Retry-After, that answers it instead.</summary>
    public WebResult? Refusal(HttpRequest request)
    {
        using var lease = limiter.AttemptAcquire((Group(request.Path), Client(request)));
        if (lease.IsAcquired) return null;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        var language = WebResponses.Language(request);
        var texts = PageTexts.For(language);
        return new HtmlPage(language, texts.TooManyRequestsTitle)
            .Paragraph(string.Format(Languages.Culture(language), texts.TooManyRequests, wait))
            .Respond(StatusCodes.Status429TooManyRequests)
            .WithHeader("Retry-After", wait.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => limiter.Dispose();

    /// <summary>Endpoints a single visit uses together share a bucket, so a burst at one leaves the others alone.</summary>
    private static string Group(PathString path) =>
        path.StartsWithSegments(Routes.PathOf(Routes.Connect)) || path.StartsWithSegments(Routes.PathOf(Routes.Callback)) ? "sign-in"
        : path.StartsWithSegments(Routes.PathOf(Routes.MailEvents)) ? "mail-events"
        : path.StartsWithSegments(Routes.PathOf(Routes.Health)) ? "health"
        : "links";

    /// <summary>
    /// The connection's address, which in the Function App the worker has already taken from the
    /// X-Forwarded-For entry the platform's front end appended (an entry the client wrote itself
    /// stands to its left and is never read).
    /// </summary>
    private static string Client(HttpRequest request)
    {
        if (request.HttpContext.Connection.RemoteIpAddress is not { } address) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        // One IPv6 subscriber is given a whole /64: counting addresses inside it would count nothing.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString();
    }
}
