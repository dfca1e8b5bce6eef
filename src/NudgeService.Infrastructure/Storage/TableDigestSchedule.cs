using System.Globalization;
using Azure.Data.Tables;
using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// The schedule index: partition = the UTC hour of the slot ("yyyyMMddHH"), row = user id, so the
/// due users are one range of partitions below the current hour. Each user also has a pointer row
/// (partition = user id, which sorts after every hour) naming their entry, so it can be moved or
/// erased without a scan.
/// </summary>
internal sealed class TableDigestSchedule(NudgeTables tables) : IDigestSchedule
{
    private const string PointerRow = "next";

    public async Task<IReadOnlyList<ScheduledDigest>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Schedule);
        var due = new List<ScheduledDigest>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {HourOf(now)}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var entry = ToEntry(entity.RowKey, entity);
            if (entry.Slot <= now) due.Add(entry);
        }
        return due;
    }

    public async Task<ScheduledDigest?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Schedule);
        var pointer = await table.GetEntityIfExistsAsync<TableEntity>(userId, PointerRow, cancellationToken: cancellationToken);
        return pointer.HasValue ? ToEntry(userId, pointer.Value!) : null;
    }

    public async Task SetAsync(ScheduledDigest next, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Schedule);
        var previous = await FindAsync(next.UserId, cancellationToken);
        // The new entry and the pointer first: a failure in between leaves an extra entry, which the job ignores, never none.
        await table.UpsertEntityAsync(Entity(HourOf(next.Slot), next.UserId, next), TableUpdateMode.Replace, cancellationToken);
        await table.UpsertEntityAsync(Entity(next.UserId, PointerRow, next), TableUpdateMode.Replace, cancellationToken);
        if (previous is not null && HourOf(previous.Slot) != HourOf(next.Slot))
        {
            await table.DeleteEntityAsync(HourOf(previous.Slot), next.UserId, cancellationToken: cancellationToken);
        }
    }

    public async Task RemoveAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Schedule);
        if (await FindAsync(userId, cancellationToken) is { } entry) await table.DeleteEntityAsync(HourOf(entry.Slot), userId, cancellationToken: cancellationToken);
        await table.DeleteEntityAsync(userId, PointerRow, cancellationToken: cancellationToken);
    }

    private static string HourOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private static TableEntity Entity(string partition, string row, ScheduledDigest entry) => new(partition, row)
    {
        ["Slot"] = entry.Slot,
        ["Week"] = entry.Week.ToString(),
    };

    private static ScheduledDigest ToEntry(string userId, TableEntity entity) =>
        new(userId, entity.GetDateTimeOffset("Slot")!.Value, DigestWeek.Parse(entity.GetString("Week")));
}
