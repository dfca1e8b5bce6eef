using System.Net;
using Polly;
using Polly.Timeout;

using NudgeService.Infrastructure.Http;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// The policy for Graph requests that must not happen twice (sendMail, creating a draft), while
/// someone waits on the page. It retries only what Graph refused before doing anything — 429 and
/// 503 — and connections that never opened; a timeout, a dropped connection or another server
/// error may follow a message that left, so it is never retried. A Retry-After longer than anyone
/// would wait ends the attempt at once, and there is no circuit breaker: one person's click is
/// not traffic worth shedding.
/// </summary>
internal static class SendingResilience
{
    public const int MaxRetryAttempts = 2;
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<HttpResponseMessage> Build(TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new()
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
                {
                    { Result: { } response } => IsRefusedBeforeActing(response.StatusCode) && RetryAfterHeader.Wait(response, time) <= LongestWait,
                    { Exception: HttpRequestException failure } => NeverConnected(failure),
                    _ => false,
                }),
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } response ? RetryAfterHeader.Wait(response, time) : null),
                OnRetry = arguments =>
                {
                    arguments.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = AttemptTimeout })
            .Build();

    public static bool IsRefusedBeforeActing(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>Name resolution, connection and TLS failures happen before a byte of the request is sent.</summary>
    public static bool NeverConnected(HttpRequestException failure) =>
        failure.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;
}
