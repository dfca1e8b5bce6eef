using System.Collections.Concurrent;
using NudgeService.Sandbox.Graph;

namespace NudgeService.Sandbox.Faults;

/// <summary>Decides, per mailbox and per call, whether Graph answers normally, slowly, throttled or unavailable.</summary>
public sealed class FaultInjector(MailboxTraffic traffic)
{
    private readonly ConcurrentDictionary<string, MailboxFaults> mailboxes = new(StringComparer.Ordinal);

    public FaultSettings SettingsFor(string mailboxKey) => State(mailboxKey).Settings;

    public void Configure(string mailboxKey, FaultSettings settings)
    {
        var state = State(mailboxKey);
        state.Settings = settings;
        Interlocked.Exchange(ref state.Calls, 0);
    }

    /// <summary>
    /// Whether <paramref name="request"/> (method, path and query) was answered 429 and comes back
    /// before its Retry-After: it is answered 429 again, as a throttled mailbox keeps answering.
    /// </summary>
    public bool IsEarlyRetry(string mailboxKey, string request) =>
        State(mailboxKey).ThrottledUntil.TryGetValue(request, out var until) && Environment.TickCount64 < until;

    /// <summary>Enters a call: null to proceed (then call <see cref="Leave"/>), or the fault response to give instead.</summary>
    public async Task<GraphResponse?> EnterAsync(string mailboxKey, string request, CancellationToken cancellationToken)
    {
        var state = State(mailboxKey);
        var settings = state.Settings;
        var call = Interlocked.Increment(ref state.Calls);
        if (state.ThrottledUntil.TryGetValue(request, out var until) && until - Environment.TickCount64 is > 0 and var left)
        {
            return GraphErrors.Create(429, "TooManyRequests", "Too many requests. Retry after the time given in Retry-After.",
                new Dictionary<string, string> { ["Retry-After"] = Math.Max(1, (left + 999) / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var inFlight = Interlocked.Increment(ref state.InFlight);
        traffic.RecordConcurrency(mailboxKey, inFlight);
        if (settings.LimitConcurrency && inFlight > FaultSettings.MailboxConcurrencyLimit)
        {
            Interlocked.Decrement(ref state.InFlight);
            return GraphErrors.Create(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", RetryAfter(settings));
        }
        try
        {
            // A slow answer keeps its request in flight, holding one of the mailbox's slots meanwhile.
            if (settings.LatencyMs > 0) await Task.Delay(settings.LatencyMs, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref state.InFlight);
            throw;
        }
        var draw = Draw(settings.Seed, call);
        GraphResponse? fault = null;
        if (call <= settings.ThrottleFirstCalls || draw < settings.ThrottleRate)
        {
            state.ThrottledUntil[request] = Environment.TickCount64 + settings.RetryAfterSeconds * 1000L;
            fault = GraphErrors.Create(429, "TooManyRequests", "Too many requests. The application is over its request limit; retry after the time given in Retry-After.", RetryAfter(settings));
        }
        else if (draw < settings.ThrottleRate + settings.UnavailableRate)
        {
            fault = GraphErrors.Create(503, "serviceNotAvailable", "The service is temporarily unavailable. Please retry.", RetryAfter(settings));
        }
        if (fault is not null) Interlocked.Decrement(ref state.InFlight);
        return fault;
    }

    public void Leave(string mailboxKey) => Interlocked.Decrement(ref State(mailboxKey).InFlight);

    /// <summary>
    /// Holds <paramref name="count"/> more requests in flight until disposed: a $batch whose items Graph
    /// dispatches side by side occupies as many of the mailbox's slots while the items run one by one here.
    /// </summary>
    public IDisposable Occupy(string mailboxKey, int count)
    {
        var state = State(mailboxKey);
        Interlocked.Add(ref state.InFlight, count);
        return new Occupation(state, count);
    }

    private MailboxFaults State(string mailboxKey) => mailboxes.GetOrAdd(mailboxKey, _ => new MailboxFaults());

    private static Dictionary<string, string> RetryAfter(FaultSettings settings) =>
        new() { ["Retry-After"] = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>SplitMix64 of (seed, call number), scaled to [0, 1): repeatable for the same sequence of calls.</summary>
    private static double Draw(int seed, long call)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)call * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private sealed class Occupation(MailboxFaults state, int count) : IDisposable
    {
        public void Dispose() => Interlocked.Add(ref state.InFlight, -count);
    }

    private sealed class MailboxFaults
    {
        public FaultSettings Settings = FaultSettings.None;
        public long Calls;
        public int InFlight;
        public readonly ConcurrentDictionary<string, long> ThrottledUntil = new(StringComparer.Ordinal);
    }
}
