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

    private const string ClaimIdColumn = "ClaimId";

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
        try
        {
            await FillAsync(table, held, userId, count, cancellationToken);
            return held;
        }
        catch
        {
            // A request cancelled or failing while it waits must not keep the part it already claimed.
            await held.DisposeAsync();
            throw;
        }
    }

    private static async Task FillAsync(TableClient table, HeldSlots held, string userId, int count, CancellationToken cancellationToken)
    {
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
                await TryClaimAsync(table, held, key, rows.GetValueOrDefault(key), now + Hold, cancellationToken);
            }
            if (held.Count == count) return;
            if (held.Count > 0 && (partSince ??= now) + Patience < now)
            {
                await held.DisposeAsync();
                partSince = null;
            }
            await Task.Delay(wait + TimeSpan.FromMilliseconds(Random.Shared.Next(20)), cancellationToken);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
        }
    }

    /// <summary>
    /// Claims a slot with a conditional write carrying this claim's own id. A write cancelled or cut
    /// off may still have reached the table: the claim is then looked up by that id and freed, so an
    /// answer lost on the way back never leaves a slot taken for <see cref="Hold"/>.
    /// </summary>
    private static async Task TryClaimAsync(TableClient table, HeldSlots held, string key, TableEntity? current, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var claimId = Guid.NewGuid().ToString("N");
        var claim = new TableEntity(held.UserId, key) { ["HeldUntil"] = until, [ClaimIdColumn] = claimId };
        try
        {
            var response = current is null
                ? await table.AddEntityAsync(claim, cancellationToken)
                : await table.UpdateEntityAsync(claim, current.ETag, TableUpdateMode.Replace, cancellationToken);
            held.Add(key, response.Headers.ETag ?? ETag.All);
        }
        catch (RequestFailedException lost) when (lost.Status is 409 or 412)
        {
            // another process claimed it first
        }
        catch
        {
            await FreeIfOursAsync(table, held.UserId, key, claimId);
            throw;
        }
    }

    private static async Task FreeIfOursAsync(TableClient table, string userId, string key, string claimId)
    {
        try
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(userId, key);
            if (found.HasValue && found.Value!.GetString(ClaimIdColumn) == claimId) await table.DeleteEntityAsync(userId, key, found.Value.ETag);
        }
        catch (RequestFailedException)
        {
            // The table is unreachable too: the slot frees itself when its hold runs out.
        }
    }

    private static string RowKey(int slot) => $"slot-{slot}";

    /// <summary>Slots held until disposed.</summary>
    public sealed class HeldSlots(TableClient table, string userId) : IAsyncDisposable
    {
        private readonly Dictionary<string, ETag> held = new(StringComparer.Ordinal);

        internal string UserId => userId;

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
                catch (RequestFailedException expired) when (expired.Status is 404 or 412)
                {
                    // Held past its time and claimed by another request: it is not ours to free.
                }
            }
            held.Clear();
        }
    }
}
