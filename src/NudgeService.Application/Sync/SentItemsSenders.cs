using NudgeService.Application.Accounts;
using NudgeService.Application.Ledger;
using NudgeService.Domain.Correspondents;

namespace NudgeService.Application.Sync;

/// <summary>
/// Sent Items mail whose sender is not one of the user's known addresses was sent either from an
/// alias of the user (then its recipients were written to by the user) or by a delegate working in
/// the user's mailbox (then it says nothing about the user's own relationships).
/// </summary>
internal static class SentItemsSenders
{
    public static void Settle(RelationshipLedger ledger, LedgerUpdater updater, OwnAddresses own, UserAccount account)
    {
        foreach (var mails in updater.SentByOthers.GroupBy(mail => Addresses.Normalize(mail.Sender.Address) ?? Addresses.Normalize(mail.From.Address)))
        {
            if (mails.Key is not { } sender || ledger.Find(sender) is not { } row) continue;
            if (own.Contains(sender) || new LedgerJudge(own, account).KindOf(row) == CorrespondentKind.Own)
            {
                own.Learn(sender);
                foreach (var mail in mails) updater.ApplySentAs(mail);
            }
            else
            {
                foreach (var mail in mails) updater.ApplySentByDelegate(mail);
            }
        }
    }
}
