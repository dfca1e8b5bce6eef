using NudgeService.Application.Accounts;
using NudgeService.Domain.Correspondents;

namespace NudgeService.Application.Ledger;

/// <summary>What each correspondent is to the user, judged on the evidence the ledger holds.</summary>
public sealed class LedgerJudge(OwnAddresses own, UserAccount account)
{
    public CorrespondentKind KindOf(LedgerRow row) =>
        CorrespondentClassifier.Classify(row.Evidence(), new OwnerIdentity([.. own.All], account.DisplayName)).Kind;
}
