using System.Collections.Concurrent;

namespace NudgeService.Sandbox.Faults;

/// <summary>Counts what clients asked of Graph per mailbox: round trips, calls inside batches, bytes, faults.</summary>
public sealed class MailboxTraffic
{
    private readonly ConcurrentDictionary<string, Counters> mailboxes = new(StringComparer.Ordinal);

    public void RecordRoundTrip(string mailboxKey, long requestBytes, long responseBytes)
    {
        var counters = mailboxes.GetOrAdd(mailboxKey, _ => new Counters());
        Interlocked.Increment(ref counters.RoundTrips);
        Interlocked.Add(ref counters.RequestBytes, requestBytes);
        Interlocked.Add(ref counters.ResponseBytes, responseBytes);
    }

    public void RecordCall(string mailboxKey, int status)
    {
        var counters = mailboxes.GetOrAdd(mailboxKey, _ => new Counters());
        Interlocked.Increment(ref counters.Calls);
        if (status is 429 or 503) Interlocked.Increment(ref counters.Faults);
    }

    /// <summary>A request sent again before the Retry-After of its 429 had passed.</summary>
    public void RecordEarlyRetry(string mailboxKey) => Interlocked.Increment(ref mailboxes.GetOrAdd(mailboxKey, _ => new Counters()).EarlyRetries);

    /// <summary>Notes how many requests were in flight to the mailbox when one more arrived (that one included, refused or not).</summary>
    public void RecordConcurrency(string mailboxKey, int inFlight)
    {
        var counters = mailboxes.GetOrAdd(mailboxKey, _ => new Counters());
        int seen;
        while (inFlight > (seen = Volatile.Read(ref counters.MaxConcurrency)) && Interlocked.CompareExchange(ref counters.MaxConcurrency, inFlight, seen) != seen)
        {
        }
    }

    public TrafficSnapshot Snapshot(string mailboxKey)
    {
        var counters = mailboxes.GetOrAdd(mailboxKey, _ => new Counters());
        return new TrafficSnapshot(Interlocked.Read(ref counters.RoundTrips), Interlocked.Read(ref counters.Calls), Interlocked.Read(ref counters.Faults),
            Interlocked.Read(ref counters.RequestBytes), Interlocked.Read(ref counters.ResponseBytes), Interlocked.Read(ref counters.EarlyRetries), Volatile.Read(ref counters.MaxConcurrency));
    }

    public void Reset(string mailboxKey) => mailboxes[mailboxKey] = new Counters();

    private sealed class Counters
    {
        public long RoundTrips;
        public long Calls;
        public long Faults;
        public long RequestBytes;
        public long ResponseBytes;
        public long EarlyRetries;
        public int MaxConcurrency;
    }
}

/// <param name="RoundTrips">HTTP requests to /v1.0 (a $batch counts once).</param>
/// <param name="Calls">Graph operations, counting each request inside a batch.</param>
/// <param name="EarlyRetries">Requests sent again before the Retry-After of their 429 had passed.</param>
/// <param name="MaxConcurrency">The most requests ever in flight to the mailbox at once, from every process; above four, Outlook refused the excess.</param>
public sealed record TrafficSnapshot(long RoundTrips, long Calls, long Faults, long RequestBytes, long ResponseBytes, long EarlyRetries, int MaxConcurrency);
