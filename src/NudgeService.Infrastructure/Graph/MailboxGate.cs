using NudgeService.Infrastructure.Storage;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// At most four requests in flight to one mailbox, Outlook's own concurrency limit, counted across
/// every process of the app through <see cref="TableMailboxSlots"/>, and a count of the HTTP round
/// trips actually made (retries included). A $batch takes a slot for each of its requests, up to
/// four: Graph dispatches them side by side.
/// </summary>
public sealed class MailboxGate(string userId, TableMailboxSlots slots) : DelegatingHandler
{
    private int roundTrips;

    public int RoundTrips => Volatile.Read(ref roundTrips);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await using var held = await slots.AcquireAsync(userId, await WeightAsync(request, cancellationToken), cancellationToken);
        Interlocked.Increment(ref roundTrips);
        return await base.SendAsync(request, cancellationToken);
    }

    private static async Task<int> WeightAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null || request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) != true) return 1;
        await request.Content.LoadIntoBufferAsync(cancellationToken);
        try
        {
            using var body = await System.Text.Json.JsonDocument.ParseAsync(await request.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var items = body.RootElement.TryGetProperty("requests", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array ? list.GetArrayLength() : 1;
            return Math.Clamp(items, 1, TableMailboxSlots.Slots);
        }
        catch (System.Text.Json.JsonException)
        {
            return 1;
        }
    }
}
