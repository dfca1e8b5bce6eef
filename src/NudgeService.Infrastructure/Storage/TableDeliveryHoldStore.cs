using Azure.Data.Tables;
using NudgeService.Application.MailEvents;

namespace NudgeService.Infrastructure.Storage;

/// <summary>A user's delivery hold in the users table, row "delivery-hold" beside the account, so erasing the user erases it.</summary>
internal sealed class TableDeliveryHoldStore(NudgeTables tables) : IDeliveryHoldStore
{
    private const string HoldRow = "delivery-hold";

    public async Task<DeliveryHold?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(userId, HoldRow, cancellationToken: cancellationToken);
        if (!entity.HasValue) return null;
        var row = entity.Value!;
        return new DeliveryHold(Enum.Parse<DeliveryHoldReason>(row.GetString("Reason")), row.GetString("Status"), row.GetDateTimeOffset("At")!.Value);
    }

    public async Task SaveAsync(string userId, DeliveryHold hold, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        await table.UpsertEntityAsync(new TableEntity(userId, HoldRow)
        {
            ["Reason"] = hold.Reason.ToString(),
            ["Status"] = hold.Status,
            ["At"] = hold.At,
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
