namespace NudgeService.Application.Ledger;

/// <summary>The ledger of each user, one row per correspondent in the user's partition.</summary>
public interface ILedgerStore
{
    Task<IReadOnlyList<LedgerRow>> LoadAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Writes the changed rows and deletes the merged-away ones; returns the bytes written.</summary>
    Task<long> SaveAsync(string userId, RelationshipLedger ledger, CancellationToken cancellationToken);
}
