using Azure;
using Azure.Data.Tables;
using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Digest records: partition = user id, row = ISO week; every change is conditional on the row's ETag.</summary>
internal sealed class TableDigestStore(NudgeTables tables) : IDigestStore
{
    public async Task<DigestRecord?> FindAsync(string userId, DigestWeek week, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Digests);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(userId, week.ToString(), cancellationToken: cancellationToken);
        return found.HasValue ? ToRecord(found.Value!) : null;
    }

    public async Task<IReadOnlyList<DigestRecord>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Digests);
        var records = new List<DigestRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(row => row.PartitionKey == userId, cancellationToken: cancellationToken)) records.Add(ToRecord(entity));
        return [.. records.OrderByDescending(record => record.Week)];
    }

    public async Task<DigestRecord?> TryCreateAsync(DigestRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Digests);
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

    public async Task<DigestRecord?> TryUpdateAsync(DigestRecord record, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Digests);
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

    private static TableEntity ToEntity(DigestRecord record) => new(record.UserId, record.Week.ToString())
    {
        ["State"] = record.State.ToString(),
        ["UpdatedAt"] = record.UpdatedAt,
        ["LeaseUntil"] = record.LeaseUntil,
        ["NudgeIds"] = string.Join(' ', record.NudgeIds),
        ["Subject"] = record.Subject,
        ["MessageId"] = record.MessageId,
        ["SentAt"] = record.SentAt,
        ["Note"] = record.Note,
    };

    private static DigestRecord ToRecord(TableEntity entity) =>
        new(entity.PartitionKey, DigestWeek.Parse(entity.RowKey), Enum.Parse<DigestState>(entity.GetString("State")), entity.GetDateTimeOffset("UpdatedAt")!.Value,
            entity.GetDateTimeOffset("LeaseUntil"), entity.ETag.ToString())
        {
            NudgeIds = entity.GetString("NudgeIds") is { Length: > 0 } ids ? ids.Split(' ') : [],
            Subject = entity.GetString("Subject"),
            MessageId = entity.GetString("MessageId"),
            SentAt = entity.GetDateTimeOffset("SentAt"),
            Note = entity.GetString("Note"),
        };
}
