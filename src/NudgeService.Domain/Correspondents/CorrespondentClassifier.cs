namespace NudgeService.Domain.Correspondents;

/// <summary>
/// Decides whether an address is a person the user has a relationship with. The user's own and
/// delegated addresses are settled first, then what the address is named for, then how it
/// behaves; whatever is left is a person, including those the user never answers.
/// </summary>
public static class CorrespondentClassifier
{
    /// <summary>At least this share of its mail carries bulk headers.</summary>
    private const double BulkShare = 0.5;

    /// <summary>At least this share of its mail went to "other"; Outlook misfiles some people, rarely most of their mail.</summary>
    private const double OtherShare = 2.0 / 3;

    /// <summary>Below this, a share of "other" says too little.</summary>
    private const int LeastReceivedForOtherShare = 3;

    /// <summary>A nameless sender the user ignores this often, on this many days, is a system rather than a shy correspondent.</summary>
    private const int OneWayReceived = 10;

    private const int OneWayActiveDays = 5;

    public static CorrespondentVerdict Classify(AddressEvidence evidence, OwnerIdentity owner)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(owner);
        var address = evidence.Address.Trim();
        var reachedUser = evidence.SentFromUserMailbox > 0 || evidence.ReachedUserAsRecipient > 0;

        if (owner.Owns(address)) return new(CorrespondentKind.Own, ClassificationReason.KnownOwnerAddress);
        if (reachedUser && OwnerName.IsBorneBy(owner, address, evidence.DisplayName)) return new(CorrespondentKind.Own, ClassificationReason.OwnerNameAlias);
        if (evidence.SentFromUserMailbox > 0) return new(CorrespondentKind.Delegate, ClassificationReason.WorksInUserMailbox);
        if (AddressPatterns.IsNoReply(address)) return new(CorrespondentKind.Automated, ClassificationReason.NoReplyAddress);
        if (evidence.SentOnBehalfOfOthers > 0 && evidence.SentOnBehalfOfOthers >= evidence.Received)
        {
            return AddressPatterns.IsList(address)
                ? new(CorrespondentKind.DistributionList, ClassificationReason.ListAddress)
                : new(CorrespondentKind.Delegate, ClassificationReason.SendsOnBehalfOfOthers);
        }
        // Counts alone cannot tell a list from a person copied beside a bcc'd user: real mailboxes are full of those.
        if (evidence.Received == 0 && evidence.ReachedUserAsRecipient > 0 && AddressPatterns.IsList(address))
        {
            return new(CorrespondentKind.DistributionList, ClassificationReason.ListAddress);
        }
        if (AddressPatterns.IsRole(address)) return new(CorrespondentKind.Automated, ClassificationReason.RoleAddress);
        return OneWayVerdict(evidence, owner) ?? PersonVerdict(evidence);
    }

    /// <summary>Behaviour only condemns a sender the user never writes to nor meets.</summary>
    private static CorrespondentVerdict? OneWayVerdict(AddressEvidence evidence, OwnerIdentity owner)
    {
        if (evidence.SentByUser + evidence.SentByDelegates + evidence.Meetings > 0) return null;
        var address = evidence.Address;
        if (AddressPatterns.IsSharedMailbox(address)) return new(CorrespondentKind.Automated, ClassificationReason.RoleAddress);
        if (evidence.Received > 0 && evidence.ReceivedBulk >= BulkShare * evidence.Received) return new(CorrespondentKind.Automated, ClassificationReason.BulkHeaders);
        if (PersonLikeAddress.IsLikely(address, evidence.DisplayName) || OwnerName.IsFamilyDomain(owner, address)) return null;
        if (evidence.Received >= LeastReceivedForOtherShare && evidence.ReceivedOther >= OtherShare * evidence.Received)
        {
            return new(CorrespondentKind.Automated, ClassificationReason.MostlyOther);
        }
        return evidence.Received >= OneWayReceived && evidence.ActiveDays >= OneWayActiveDays
            ? new(CorrespondentKind.Automated, ClassificationReason.OneWayVolume)
            : null;
    }

    private static CorrespondentVerdict PersonVerdict(AddressEvidence evidence)
    {
        var written = evidence.SentByUser + evidence.SentByDelegates > 0;
        var reason = (written, evidence.Received > 0 || evidence.Meetings > 0) switch
        {
            (true, true) => ClassificationReason.MutualExchange,
            (true, false) => ClassificationReason.WrittenToByUser,
            (false, _) when evidence.Meetings > 0 => ClassificationReason.MetWithUser,
            _ when evidence.Received > 0 => ClassificationReason.WritesToUser,
            _ => ClassificationReason.NoInteractionYet,
        };
        return new(CorrespondentKind.Person, reason);
    }
}
