namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// At most four requests in flight to one mailbox, Outlook's own concurrency limit, and a count of
/// the HTTP round trips actually made (retries included).
/// </summary>
public sealed class MailboxGate : DelegatingHandler
{
    public const int Concurrency = 4;

    private readonly SemaphoreSlim slots = new(Concurrency, Concurrency);
    private int roundTrips;

    public int RoundTrips => Volatile.Read(ref roundTrips);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Increment(ref roundTrips);
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) slots.Dispose();
        base.Dispose(disposing);
    }
}
