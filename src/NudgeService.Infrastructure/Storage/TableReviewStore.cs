using System.Globalization;
using Azure;
using Azure.Data.Tables;
using NudgeService.Application.Review;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Review records: partition = user id, row = quarter ("2026-Q4"); layer counts as "tier:count" pairs.</summary>
internal sealed class TableReviewStore(NudgeTables tables) : IReviewStore
{
    public async Task<ReviewRecord?> FindAsync(string userId, ReviewQuarter quarter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Reviews);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(userId, quarter.ToString(), cancellationToken: cancellationToken);
        return found.HasValue ? ToRecord(found.Value!) : null;
    }

    public async Task<IReadOnlyList<ReviewRecord>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Reviews);
        var records = new List<ReviewRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(row => row.PartitionKey == userId, cancellationToken: cancellationToken)) records.Add(ToRecord(entity));
        return [.. records.OrderByDescending(record => record.Quarter)];
    }

    public async Task<ReviewRecord?> TryCreateAsync(ReviewRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Reviews);
        try
        {
            var response = await table.AddEntityAsync(ToEntity(record), cancellationToken);
            return record with { Version = response.Headers.ETag!.Value.ToString() };
        }
        catch (RequestFailedException conflict) when (conflict.Status == 409)
        {
            return null;
        }
    }

    public async Task<ReviewRecord?> TryUpdateAsync(ReviewRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Reviews);
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(record), new ETag(record.Version), TableUpdateMode.Replace, cancellationToken);
            return record with { Version = response.Headers.ETag!.Value.ToString() };
        }
        catch (RequestFailedException changed) when (changed.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task TryDeleteAsync(ReviewRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Reviews);
        try
        {
            await table.DeleteEntityAsync(record.UserId, record.Quarter.ToString(), new ETag(record.Version), cancellationToken);
        }
        catch (RequestFailedException changed) when (changed.Status is 412 or 404)
        {
            // Someone else moved it on: theirs is the record that counts.
        }
    }

    private static TableEntity ToEntity(ReviewRecord record) => new(record.UserId, record.Quarter.ToString())
    {
        ["State"] = record.State.ToString(),
        ["Day"] = record.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Layers"] = string.Join(' ', record.Snapshot.Layers.OrderBy(layer => layer.Key).Select(layer => string.Create(CultureInfo.InvariantCulture, $"{(int)layer.Key}:{layer.Value}"))),
        ["Lapsed"] = record.Snapshot.Lapsed,
        ["NewPeople"] = record.Snapshot.NewPeople,
        ["UpdatedAt"] = record.UpdatedAt,
        ["MessageId"] = record.MessageId,
        ["SentAt"] = record.SentAt,
    };

    private static ReviewRecord ToRecord(TableEntity entity)
    {
        ReviewQuarter.TryParse(entity.RowKey, out var quarter);
        var layers = (entity.GetString("Layers") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .ToDictionary(pair => (Tier)int.Parse(pair[0], CultureInfo.InvariantCulture), pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
        var snapshot = new ReviewSnapshot(quarter, layers, entity.GetInt32("Lapsed") ?? 0, entity.GetInt32("NewPeople") ?? 0);
        return new ReviewRecord(entity.PartitionKey, quarter, Enum.Parse<ReviewState>(entity.GetString("State")),
            DateOnly.ParseExact(entity.GetString("Day"), "yyyy-MM-dd", CultureInfo.InvariantCulture), snapshot, entity.GetDateTimeOffset("UpdatedAt")!.Value, entity.ETag.ToString())
        {
            MessageId = entity.GetString("MessageId"),
            SentAt = entity.GetDateTimeOffset("SentAt"),
        };
    }
}
