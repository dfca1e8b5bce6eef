using Azure.Data.Tables;
using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;

namespace NudgeService.Infrastructure.Storage;

/// <summary>Nudges: partition = user id, row = "{week}-{id}" so that a week's nudges, and those since a week, are one range.</summary>
internal sealed class TableNudgeStore(NudgeTables tables) : INudgeStore
{
    private const int TransactionLimit = 100;

    public async Task ReplaceWeekAsync(string userId, DigestWeek week, IReadOnlyList<Nudge> nudges, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Nudges);
        var keep = nudges.Select(nudge => RowKey(nudge.Week, nudge.Id)).ToHashSet(StringComparer.Ordinal);
        var stale = (await WeekAsync(userId, week, cancellationToken)).Where(nudge => !keep.Contains(RowKey(nudge.Week, nudge.Id)));
        var actions = stale.Select(nudge => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(userId, RowKey(nudge.Week, nudge.Id)), Azure.ETag.All))
            .Concat(nudges.Select(nudge => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(nudge))))
            .ToList();
        foreach (var chunk in actions.Chunk(TransactionLimit)) await table.SubmitTransactionAsync(chunk, cancellationToken);
    }

    public async Task<IReadOnlyList<Nudge>> WeekAsync(string userId, DigestWeek week, CancellationToken cancellationToken) =>
        await RangeAsync(userId, $"{week}-", $"{week}.", cancellationToken);

    public async Task<IReadOnlyList<Nudge>> SinceAsync(string userId, DigestWeek firstWeek, CancellationToken cancellationToken) =>
        await RangeAsync(userId, $"{firstWeek}-", "~", cancellationToken);

    public async Task<Nudge?> FindAsync(string userId, DigestWeek week, string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Nudges);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(userId, RowKey(week, id), cancellationToken: cancellationToken);
        return found.HasValue ? ToNudge(found.Value!) : null;
    }

    public async Task<Nudge?> TryUpdateOutcomeAsync(Nudge nudge, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Nudges);
        try
        {
            // The whole row, replaced: a claim released removes the sent message's columns, which a merge would leave behind.
            var response = await table.UpdateEntityAsync(ToEntity(nudge), new Azure.ETag(nudge.Version), TableUpdateMode.Replace, cancellationToken);
            return nudge with { Version = response.Headers.ETag!.Value.ToString() };
        }
        catch (Azure.RequestFailedException changed) when (changed.Status is 412 or 404)
        {
            return null;
        }
    }

    private async Task<List<Nudge>> RangeAsync(string userId, string fromRowKey, string beforeRowKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.Nudges);
        var nudges = new List<Nudge>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {userId} and RowKey ge {fromRowKey} and RowKey lt {beforeRowKey}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) nudges.Add(ToNudge(entity));
        return nudges;
    }

    private static string RowKey(DigestWeek week, string id) => $"{week}-{id}";

    internal static TableEntity ToEntity(Nudge nudge) => new(nudge.UserId, RowKey(nudge.Week, nudge.Id))
    {
        ["Kind"] = nudge.Kind.ToString(),
        ["PersonKey"] = nudge.PersonKey,
        ["PersonName"] = nudge.PersonName,
        ["Address"] = nudge.Address,
        ["Language"] = nudge.Language,
        ["Why"] = nudge.Why,
        ["Date"] = nudge.Date?.ToString("O"),
        ["DraftSubject"] = nudge.Draft.Subject,
        ["DraftBody"] = nudge.Draft.Body,
        ["Wording"] = nudge.Wording,
        ["Outcome"] = nudge.Outcome.ToString(),
        ["OutcomeAt"] = nudge.OutcomeAt,
        ["SentMessageState"] = nudge.SentMessage?.State.ToString(),
        ["SentMessageRequestedAt"] = nudge.SentMessage?.RequestedAt,
        ["SentMessageAcceptedAt"] = nudge.SentMessage?.AcceptedAt,
        ["SentMessageSettledAt"] = nudge.SentMessage?.SettledAt,
    };

    /// <summary>Rows written before sent messages were recorded have none of their columns: their message is not known.</summary>
    private static SentMessage? ToSentMessage(TableEntity entity) =>
        entity.GetString("SentMessageState") is { } state && entity.GetDateTimeOffset("SentMessageRequestedAt") is { } requestedAt
            ? new SentMessage(Enum.Parse<SentMessageState>(state), requestedAt, entity.GetDateTimeOffset("SentMessageAcceptedAt"), entity.GetDateTimeOffset("SentMessageSettledAt"))
            : null;

    internal static Nudge ToNudge(TableEntity entity)
    {
        var separator = entity.RowKey.IndexOf('-', 5);
        return new Nudge(
            entity.PartitionKey,
            DigestWeek.Parse(entity.RowKey[..separator]),
            entity.RowKey[(separator + 1)..],
            Enum.Parse<NudgeKind>(entity.GetString("Kind")),
            entity.GetString("PersonKey"),
            entity.GetString("PersonName"),
            entity.GetString("Address"),
            entity.GetString("Language"),
            entity.GetString("Why"),
            entity.GetString("Date") is { } date ? DateOnly.ParseExact(date, "O") : null,
            new MessageDraft(entity.GetString("DraftSubject"), entity.GetString("DraftBody")))
        {
            Outcome = Enum.Parse<SuggestionOutcome>(entity.GetString("Outcome")),
            Wording = entity.GetInt32("Wording"),
            OutcomeAt = entity.GetDateTimeOffset("OutcomeAt"),
            Version = entity.ETag.ToString(),
        }.WithStored(ToSentMessage(entity));
    }
}
