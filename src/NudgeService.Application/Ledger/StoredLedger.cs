
using NudgeService.Domain.Ledger;
namespace NudgeService.Application.Ledger;

/// <summary>
/// A user's ledger as the store loaded it, with the version of each row read, so that a save
/// writes only the rows the sync changed and never overwrites a row written since.
/// </summary>
public sealed class StoredLedger(string userId, RelationshipLedger ledger, IReadOnlyDictionary<string, StoredRowVersion> loaded)
{
    public string UserId => userId;

    public RelationshipLedger Ledger => ledger;

    /// <summary>By row key, every row as it was read.</summary>
    public IReadOnlyDictionary<string, StoredRowVersion> Loaded => loaded;
}

/// <param name="Tag">The store's concurrency token.</param>
/// <param name="Fingerprint">A digest of the row's stored form, to tell whether the sync changed it.</param>
public readonly record struct StoredRowVersion(string Tag, UInt128 Fingerprint);
