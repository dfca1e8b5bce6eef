using System.Diagnostics.Metrics;

namespace NudgeService.Application.Telemetry;

/// <summary>
/// NudgeService's own counters, exported as custom metrics. Their dimensions are outcomes, kinds and
/// ISO weeks only: never a user id, an address or a name.
/// </summary>
public sealed class NudgeMetrics
{
    public const string MeterName = "NudgeService";
    public const string DigestsName = "nudge.digests";
    public const string PoisonedJobsName = "nudge.jobs.poisoned";
    public const string PoisonWaitingName = "nudge.jobs.poison_waiting";
    public const string GraphThrottlesName = "nudge.graph.throttles";
    public const string ReconnectEmailsName = "nudge.emails.reconnect";
    public const string MailEventsName = "nudge.mail.events";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Digests = Meter.CreateCounter<long>(DigestsName, description: "Digest weeks finished, by outcome (Sent, Empty, Skipped, Missed) and ISO week");
    private static readonly Counter<long> PoisonedJobs = Meter.CreateCounter<long>(PoisonedJobsName, description: "Digest jobs that failed every attempt");
    private static readonly Counter<long> GraphThrottles = Meter.CreateCounter<long>(GraphThrottlesName, description: "Graph answers of 429 Too Many Requests");
    private static readonly Counter<long> ReconnectEmails = Meter.CreateCounter<long>(ReconnectEmailsName, description: "Reconnect emails sent to accounts whose grant ended");
    private static readonly Counter<long> MailEvents = Meter.CreateCounter<long>(MailEventsName, description: "SendGrid events received, by kind (processed, delivered, bounce, dropped, spamreport)");

    private static readonly Histogram<long> PoisonWaiting = Meter.CreateHistogram<long>(PoisonWaitingName, description: "Messages waiting in digest-jobs-poison, read every hour");

    public void DigestFinished(string outcome, string isoWeek) =>
        Digests.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("iso_week", isoWeek));

    public void JobPoisoned() => PoisonedJobs.Add(1);

    public void PoisonQueueRead(long waiting) => PoisonWaiting.Record(waiting);

    public void GraphThrottled() => GraphThrottles.Add(1);

    public void ReconnectEmailSent() => ReconnectEmails.Add(1);

    public void MailEvent(string kind) => MailEvents.Add(1, new KeyValuePair<string, object?>("kind", KnownKind(kind)));

    /// <summary>Event names come from outside: anything unexpected is counted as "other" rather than becoming a dimension.</summary>
    private static string KnownKind(string kind) => kind switch
    {
        "processed" or "delivered" or "deferred" or "bounce" or "dropped" or "spamreport" or "unsubscribe" or "group_unsubscribe" => kind,
        _ => "other",
    };
}
