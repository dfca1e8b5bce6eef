using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Ledger;

/// <summary>What each correspondent is to the user, judged on the evidence the ledger holds.</summary>
/// <remarks>The user's addresses are taken as they are when the judge is made.</remarks>
public sealed class LedgerJudge(OwnAddresses own, string ownerName)
{
    private readonly OwnerIdentity owner = new([.. own.All], ownerName);

    public CorrespondentKind KindOf(LedgerRow row) => CorrespondentClassifier.Classify(row.Evidence(), owner).Kind;
}
