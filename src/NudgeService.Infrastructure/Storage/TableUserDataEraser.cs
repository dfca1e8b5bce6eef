using Azure.Data.Tables;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Erases a user by taking them off the schedule and emptying their partition in every per-user table.</summary>
internal sealed class TableUserDataEraser(NudgeTables tables, IDigestSchedule schedule) : IUserDataEraser
{
    private const int TransactionLimit = 100;

    public async Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        await schedule.RemoveAsync(userId, cancellationToken);
        var erased = 0;
        foreach (var name in NudgeTables.PerUser)
        {
            var table = await tables.GetAsync(name);
            var keys = new List<TableEntity>();
            await foreach (var entity in table.QueryAsync<TableEntity>(row => row.PartitionKey == userId, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                keys.Add(entity);
            }
            foreach (var chunk in keys.Chunk(TransactionLimit))
            {
                await table.SubmitTransactionAsync(chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.Delete, entity)), cancellationToken);
            }
            erased += keys.Count;
        }
        return erased;
    }
}
