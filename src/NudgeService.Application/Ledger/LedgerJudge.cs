using NudgeService.Application.Accounts;
using NudgeService.Domain.Correspondents;

namespace NudgeService.Application.Ledger;

/// <summary>What each correspondent is to the user, judged on the evidence the ledger holds.</summary>
/// <remarks>The user's addresses are taken as they are when the judge is made.</remarks>
public sealed class LedgerJudge(OwnAddresses own, UserAccount account)
{
    private readonly OwnerIdentity owner = new([.. own.All], account.DisplayName);

    public CorrespondentKind KindOf(LedgerRow row) => CorrespondentClassifier.Classify(row.Evidence(), owner).Kind;
}
