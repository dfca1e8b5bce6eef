namespace NudgeService.Sandbox.Faults;

/// <summary>
/// How a mailbox misbehaves: throttling, outages and latency off by default; Outlook's concurrency
/// limit and the wait before a sent message reaches Sent Items on.
/// </summary>
/// <param name="ThrottleRate">Share of Graph calls answered 429 with Retry-After.</param>
/// <param name="UnavailableRate">Share of Graph calls answered 503.</param>
/// <param name="LimitConcurrency">
/// On by default, as in Outlook: a fifth request in flight to the mailbox, from any process, gets 429
/// ApplicationThrottled ("over its MailboxConcurrency limit"); the items of a $batch count as Graph
/// dispatches them, up to four side by side.
/// </param>
/// <param name="SentItemsDelaySeconds">
/// On by default: sendMail's 202 only says Outlook accepted the message; transport saves it to Sent
/// Items after the answer (learn.microsoft.com, "Overview of the Microsoft Graph send mail process"),
/// and nothing bounds how long after. Here it appears this many seconds later on the mailbox clock.
/// </param>
/// <param name="LoseSentMail">A 202 is given but the message never reaches Sent Items, as when it stays in Outbox or comes back undelivered.</param>
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
    bool LimitConcurrency = true,
    int Seed = 1,
    int ThrottleFirstCalls = 0,
    int SentItemsDelaySeconds = FaultSettings.DefaultSentItemsDelaySeconds,
    bool LoseSentMail = false)
{
    public const int MailboxConcurrencyLimit = 4;

    public const int DefaultSentItemsDelaySeconds = 60;

    /// <summary>How long after a 202 the message reaches Sent Items; null when it never does.</summary>
    public TimeSpan? SentItemsDelay => LoseSentMail ? null : TimeSpan.FromSeconds(SentItemsDelaySeconds);

    public static FaultSettings None { get; } = new();
}
