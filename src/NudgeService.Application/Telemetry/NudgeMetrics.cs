using System.Diagnostics.Metrics;

namespace NudgeService.Application.Telemetry;

/// <summary>
/// NudgeService's own counters, exported as custom metrics. Their dimensions are outcomes, kinds and
/// ISO weeks only: never a user id, an address or a name.
/// </summary>
public sealed class NudgeMetrics
{
    public const string MeterName = "NudgeService";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Digests = Meter.CreateCounter<long>("nudge.digests", description: "Digest weeks finished, by outcome (Sent, Empty, Skipped, Missed) and ISO week");
    private static readonly Counter<long> PoisonedJobs = Meter.CreateCounter<long>("nudge.jobs.poisoned", description: "Digest jobs that failed every attempt");
    private static readonly Counter<long> GraphThrottles = Meter.CreateCounter<long>("nudge.graph.throttles", description: "Graph answers of 429 Too Many Requests");
    private static readonly Counter<long> ReconnectEmails = Meter.CreateCounter<long>("nudge.emails.reconnect", description: "Reconnect emails sent to accounts whose grant ended");
    private static readonly Counter<long> MailEvents = Meter.CreateCounter<long>("nudge.mail.events", description: "SendGrid events received, by kind (processed, delivered, bounce, dropped, spamreport)");

    public void DigestFinished(string outcome, string isoWeek) =>
        Digests.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("iso_week", isoWeek));

    public void JobPoisoned() => PoisonedJobs.Add(1);

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
