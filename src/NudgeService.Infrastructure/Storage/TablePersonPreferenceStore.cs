using Azure.Data.Tables;
using NudgeService.Application.People;
using NudgeService.Domain.Relationships;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Per-person choices: partition = user id, row = the person's key (escaped).</summary>
internal sealed class TablePersonPreferenceStore(NudgeTables tables) : IPersonPreferenceStore
{
    public async Task<IReadOnlyList<PersonPreference>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.People);
        var preferences = new List<PersonPreference>();
        await foreach (var entity in table.QueryAsync<TableEntity>(row => row.PartitionKey == userId, cancellationToken: cancellationToken)) preferences.Add(ToPreference(entity));
        return preferences;
    }

    public async Task<PersonPreference?> FindAsync(string userId, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.People);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(userId, RowKeys.Escape(key), cancellationToken: cancellationToken);
        return found.HasValue ? ToPreference(found.Value!) : null;
    }

    public async Task SaveAsync(string userId, PersonPreference preference, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.People);
        await table.UpsertEntityAsync(new TableEntity(userId, RowKeys.Escape(preference.Key))
        {
            ["SnoozedUntil"] = preference.SnoozedUntil?.ToString("O"),
            ["NotThisPerson"] = preference.NotThisPerson,
            ["Language"] = preference.Language,
            ["Correction"] = preference.Correction?.ToString(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    private static PersonPreference ToPreference(TableEntity entity) => new(
        RowKeys.Unescape(entity.RowKey),
        entity.GetString("SnoozedUntil") is { } until ? DateOnly.ParseExact(until, "O") : null,
        entity.GetBoolean("NotThisPerson") ?? false,
        entity.GetString("Language"),
        entity.GetString("Correction") is { } correction ? Enum.Parse<TieCorrection>(correction) : null);
}
