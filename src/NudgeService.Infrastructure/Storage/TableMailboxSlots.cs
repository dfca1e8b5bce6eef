using Azure;
using Azure.Data.Tables;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// Outlook's four requests in flight per mailbox and app, shared by every process of the app: a
/// semaphore of four rows in the user's partition of the mailboxslots table. A request claims a free
/// slot with a conditional write (a row missing, or held past its time) and deletes the row after, so
/// rows exist only while held and nothing stays behind a user; a process that dies holding one
/// blocks it for <see cref="Hold"/> at most.
/// </summary>
public sealed class TableMailboxSlots(NudgeTables tables)
{
    public const int Slots = 4;

    /// <summary>Longer than one Graph attempt may last (its timeout is 100 s), so a slot is never taken from a request still running.</summary>
    public static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Waits until it holds <paramref name="count"/> slots. A request needing several keeps those it has
    /// while more free up, so single requests arriving meanwhile do not starve it; two such requests
    /// holding part of what they need each let go after <see cref="Patience"/> rather than wait for each other.
    /// </summary>
    public async Task<HeldSlots> AcquireAsync(string userId, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Slots);
        var table = await tables.GetAsync(NudgeTables.MailboxSlots);
        var held = new HeldSlots(table, userId);
        var wait = FirstWait;
        DateTimeOffset? partSince = null;
        while (true)
        {
            // Leases are about real time elapsing across processes, never the business clock a test or a replay may move.
            var now = DateTimeOffset.UtcNow;
            var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync<TableEntity>(entity => entity.PartitionKey == userId, cancellationToken: cancellationToken)) rows[row.RowKey] = row;
            var free = Enumerable.Range(0, Slots).Select(RowKey)
                .Where(key => !held.Holds(key) && (!rows.TryGetValue(key, out var row) || row.GetDateTimeOffset("HeldUntil") <= now))
                .OrderBy(_ => Random.Shared.Next());
            foreach (var key in free)
            {
                if (held.Count == count) break;
                if (await TryClaimAsync(table, userId, key, rows.GetValueOrDefault(key), now + Hold, cancellationToken) is { } etag) held.Add(key, etag);
            }
            if (held.Count == count) return held;
            if (held.Count > 0 && (partSince ??= now) + Patience < now)
            {
                await held.DisposeAsync();
                partSince = null;
            }
            await Task.Delay(wait + TimeSpan.FromMilliseconds(Random.Shared.Next(20)), cancellationToken);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
        }
    }

    private static async Task<ETag?> TryClaimAsync(TableClient table, string userId, string key, TableEntity? current, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var claim = new TableEntity(userId, key) { ["HeldUntil"] = until };
        try
        {
            var response = current is null
                ? await table.AddEntityAsync(claim, cancellationToken)
                : await table.UpdateEntityAsync(claim, current.ETag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException lost) when (lost.Status is 409 or 412)
        {
            return null; // another process claimed it first
        }
    }

    private static string RowKey(int slot) => $"slot-{slot}";

    /// <summary>Slots held until disposed.</summary>
    public sealed class HeldSlots(TableClient table, string userId) : IAsyncDisposable
    {
        private readonly Dictionary<string, ETag> held = new(StringComparer.Ordinal);

        public int Count => held.Count;

        internal void Add(string key, ETag etag) => held[key] = etag;

        internal bool Holds(string key) => held.ContainsKey(key);

        public async ValueTask DisposeAsync()
        {
            foreach (var (key, etag) in held)
            {
                try
                {
                    await table.DeleteEntityAsync(userId, key, etag);
                }
                catch (RequestFailedException expired) when (expired.Status == 412)
                {
                    // Held past its time and claimed by another request: it is not ours to free.
                }
            }
            held.Clear();
        }
    }
}
