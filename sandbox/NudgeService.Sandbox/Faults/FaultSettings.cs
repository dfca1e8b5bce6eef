namespace NudgeService.Sandbox.Faults;

/// <summary>How a mailbox misbehaves, all off by default.</summary>
/// <param name="ThrottleRate">Share of Graph calls answered 429 with Retry-After.</param>
/// <param name="UnavailableRate">Share of Graph calls answered 503.</param>
/// <param name="LimitConcurrency">When true, a 5th simultaneous request gets 429 ApplicationThrottled, as Outlook's mailbox concurrency limit does.</param>
/// <param name="Seed">Makes the sequence of faulty calls repeatable.</param>
/// <param name="ThrottleFirstCalls">The first calls after these settings are applied (each request inside a $batch is one) are answered 429.</param>
/// <remarks>
/// A request answered 429 (the same method, path and query) that comes back before its
/// Retry-After has passed is answered 429 again and counted as an early retry.
/// </remarks>
public sealed record FaultSettings(
    double ThrottleRate = 0,
    double UnavailableRate = 0,
    int RetryAfterSeconds = 1,
    int LatencyMs = 0,
    bool LimitConcurrency = false,
    int Seed = 1,
    int ThrottleFirstCalls = 0)
{
    public const int MailboxConcurrencyLimit = 4;

    public static FaultSettings None { get; } = new();
}
