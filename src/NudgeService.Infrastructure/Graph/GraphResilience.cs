using System.Net;
using NudgeService.Application.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

using NudgeService.Infrastructure.Http;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// The one resilience policy for every Graph call (the SDK's own retry handler is left out):
/// retries of throttling and server errors that wait Retry-After when Graph gives one and back off
/// exponentially with jitter otherwise, a circuit shared by all users that opens while Graph is
/// failing, and a timeout per attempt.
/// </summary>
internal static class GraphResilience
{
    public const int MaxRetryAttempts = 6;

    public static ResiliencePipeline<HttpResponseMessage> Build(TimeProvider time, NudgeMetrics metrics) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => response.StatusCode == HttpStatusCode.TooManyRequests || IsServerFault(response.StatusCode)),
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(60),
                DelayGenerator = arguments => ValueTask.FromResult(RetryAfterHeader.Wait(arguments.Outcome.Result, time)),
                OnRetry = arguments =>
                {
                    if (arguments.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests) metrics.GraphThrottled();
                    arguments.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                // Throttling is about one mailbox; only server faults say Graph itself is down.
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsServerFault(response.StatusCode)),
                FailureRatio = 0.8,
                MinimumThroughput = 40,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(30),
            })
            .AddTimeout(TimeSpan.FromSeconds(100))
            .Build();

    private static bool IsServerFault(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
