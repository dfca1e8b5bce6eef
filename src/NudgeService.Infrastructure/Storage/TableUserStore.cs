using Azure;
using Azure.Data.Tables;
using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Domain.Planning;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Accounts in the users table: partition = user id, a single row "account".</summary>
internal sealed class TableUserStore(NudgeTables tables) : IUserStore
{
    private const string AccountRow = "account";

    public async Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(userId, AccountRow, cancellationToken: cancellationToken);
        return entity.HasValue ? ToAccount(entity.Value!) : null;
    }

    public async Task SaveAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        await table.UpsertEntityAsync(ToEntity(account), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> MarkNeedsReconnectAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Users);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(userId, AccountRow, cancellationToken: cancellationToken);
        if (!entity.HasValue || entity.Value!.GetString("Status") == nameof(AccountStatus.NeedsReconnect)) return false;
        var update = new TableEntity(userId, AccountRow)
        {
            ["Status"] = nameof(AccountStatus.NeedsReconnect),
            ["ReconnectEmailSentAt"] = at,
        };
        try
        {
            // The ETag makes concurrent jobs race for the change: exactly one wins and sends the email.
            await table.UpdateEntityAsync(update, entity.Value.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException conflict) when (conflict.Status == 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(UserAccount account) => new(account.UserId, AccountRow)
    {
        ["HomeAccountId"] = account.HomeAccountId,
        ["Address"] = account.Address,
        ["DisplayName"] = account.DisplayName,
        ["TimeZone"] = account.TimeZone,
        ["Language"] = account.Language,
        ["GrantedScopes"] = string.Join(' ', account.GrantedScopes.Order(StringComparer.Ordinal)),
        ["Status"] = account.Status.ToString(),
        ["ConnectedAt"] = account.ConnectedAt,
        ["DigestDay"] = account.Slot.Day.ToString(),
        ["DigestHour"] = account.Slot.Hour,
        ["ReconnectEmailSentAt"] = account.ReconnectEmailSentAt,
        ["PeoplePerWeek"] = account.PeoplePerWeek,
        ["PausedUntil"] = account.PausedUntil?.ToString("O"),
    };

    private static UserAccount ToAccount(TableEntity entity) => new(
        entity.PartitionKey,
        entity.GetString("HomeAccountId"),
        entity.GetString("Address"),
        entity.GetString("DisplayName"),
        entity.GetString("TimeZone"),
        entity.GetString("Language"),
        GraphPermissions.SetOf(entity.GetString("GrantedScopes").Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        Enum.Parse<AccountStatus>(entity.GetString("Status")),
        entity.GetDateTimeOffset("ConnectedAt")!.Value,
        new DigestSlot(Enum.Parse<DayOfWeek>(entity.GetString("DigestDay")), entity.GetInt32("DigestHour")!.Value),
        entity.GetDateTimeOffset("ReconnectEmailSentAt"))
    {
        PeoplePerWeek = entity.GetInt32("PeoplePerWeek") ?? UserAccount.DefaultPeoplePerWeek,
        PausedUntil = entity.GetString("PausedUntil") is { } until ? DateOnly.ParseExact(until, "O") : null,
    };
}
