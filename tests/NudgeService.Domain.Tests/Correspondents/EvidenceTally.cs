using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

/// <summary>The running counts of one address while a mailbox is read.</summary>
internal sealed class EvidenceTally(string address, string displayName)
{
    private readonly HashSet<DateOnly> days = [];
    private int received, receivedBulk, receivedOther, sentByUser, sentByDelegates, meetings, sentFromUserMailbox, sentOnBehalfOfOthers, reachedUser;

    public string Address { get; } = address;

    public void Receive(DateOnly day, bool bulk, bool other)
    {
        received++;
        if (bulk) receivedBulk++;
        if (other) receivedOther++;
        days.Add(day);
    }

    public void SendOnBehalf(DateOnly day) => Count(ref sentOnBehalfOfOthers, day);

    public void Relay(DateOnly day) => Count(ref reachedUser, day);

    public void WorkInUserMailbox(DateOnly day) => Count(ref sentFromUserMailbox, day);

    public void WrittenTo(DateOnly day, bool byUser)
    {
        if (byUser) Count(ref sentByUser, day);
        else Count(ref sentByDelegates, day);
    }

    public void Meet(DateOnly day) => Count(ref meetings, day);

    public AddressEvidence ToEvidence(bool onContactCard) => new(
        Address, displayName, onContactCard, received, receivedBulk, receivedOther, sentByUser, meetings,
        sentFromUserMailbox, sentOnBehalfOfOthers, reachedUser, days.Count, sentByDelegates);

    private void Count(ref int counter, DateOnly day)
    {
        counter++;
        days.Add(day);
    }
}
