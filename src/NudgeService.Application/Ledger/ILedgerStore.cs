
namespace NudgeService.Application.Ledger;

/// <summary>The ledger of each user, one row per correspondent in the user's partition.</summary>
public interface ILedgerStore
{
    Task<StoredLedger> LoadAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Writes the rows that differ from what was loaded and deletes the ones merged away; returns the bytes written.</summary>
    Task<long> SaveAsync(StoredLedger stored, CancellationToken cancellationToken);
}
