using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

/// <summary>Evidence with every counter at zero, to be filled in with <c>with</c> by each test.</summary>
internal static class Evidence
{
    public static readonly OwnerIdentity Owner = new(["marie.dupont@hexanor.fr"], "Marie Dupont", "Marie", "Dupont");

    public static AddressEvidence Of(string address, string? displayName = null) =>
        new(address, displayName, OnContactCard: false, Received: 0, ReceivedBulk: 0, ReceivedOther: 0, SentByUser: 0, Meetings: 0,
            SentFromUserMailbox: 0, SentOnBehalfOfOthers: 0, ReachedUserAsRecipient: 0, ActiveDays: 0);

    public static CorrespondentVerdict Classify(AddressEvidence evidence) => CorrespondentClassifier.Classify(evidence, Owner);
}
