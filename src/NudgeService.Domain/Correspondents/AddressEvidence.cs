namespace NudgeService.Domain.Correspondents;

/// <summary>
/// What the user's mail and calendar say about one address, counted over distinct items, from
/// which the address is judged a person, the user's own, automated, a list or a delegate.
/// </summary>
/// <param name="Received">Inbox mail with this address as From.</param>
/// <param name="ReceivedBulk">Of those, mail carrying bulk or automatic headers (List-Unsubscribe, List-Id, Precedence bulk/list/junk, Auto-Submitted other than "no").</param>
/// <param name="ReceivedOther">Of those, mail Outlook classified as "other" rather than "focused".</param>
/// <param name="SentByUser">Mail sent by the user (From and Sender the user) with this address in To or Cc.</param>
/// <param name="Meetings">Started meetings, neither cancelled nor declined, with this address as organizer or attendee.</param>
/// <param name="SentFromUserMailbox">Sent Items mail whose From or Sender is this address rather than the user: someone working in the user's mailbox.</param>
/// <param name="SentOnBehalfOfOthers">Inbox mail with this address as Sender and someone else as From.</param>
/// <param name="ReachedUserAsRecipient">Inbox mail with this address in To or Cc while none of the user's addresses is: mail that reached the user through it.</param>
/// <param name="ActiveDays">Distinct days with any of the above.</param>
/// <param name="SentByDelegates">Sent Items mail with this address in To or Cc whose From or Sender is not the user: the user's office writing for them, which makes a tie two-way even when the user never types.</param>
public sealed record AddressEvidence(
    string Address,
    string? DisplayName,
    bool OnContactCard,
    int Received,
    int ReceivedBulk,
    int ReceivedOther,
    int SentByUser,
    int Meetings,
    int SentFromUserMailbox,
    int SentOnBehalfOfOthers,
    int ReachedUserAsRecipient,
    int ActiveDays,
    int SentByDelegates = 0);
