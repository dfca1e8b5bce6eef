using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Tests.Personas;

/// <summary>
/// The ground truth's interaction rule, re-implemented from its documentation: mail the owner
/// (not a delegate) sent with the tie in To or Cc, mail from the tie kept in the Inbox, the Archive or
/// a folder of the owner's (not in Deleted Items, Junk Email or the other system folders), and meetings neither
/// cancelled nor declined, organised or attended by the tie.
/// </summary>
internal sealed class InteractionRecount
{
    private readonly Dictionary<string, string> tieOf = new(StringComparer.OrdinalIgnoreCase);

    public InteractionRecount(MailboxSeed persona)
    {
        var truth = persona.GroundTruth!;
        foreach (var tie in truth.Ties)
        {
            tieOf[tie.Address] = tie.Address;
            foreach (var other in tie.OtherAddresses) tieOf[other] = tie.Address;
        }
        var owner = new HashSet<string>(truth.OwnerAddresses, StringComparer.OrdinalIgnoreCase);

        foreach (var message in persona.Messages)
        {
            if (message.Folder == MailFolder.SentItems && owner.Contains(message.Sender.Address))
            {
                foreach (var tie in TiesAmong(message.To.Concat(message.Cc))) Record(tie, Kind.Sent, message.ReceivedAt);
            }
            else if ((message.Folder is MailFolder.Inbox or MailFolder.Archive || !message.Folder.IsWellKnown()) && tieOf.TryGetValue(message.From.Address, out var sender))
            {
                Record(sender, Kind.Received, message.ReceivedAt);
            }
        }
        foreach (var meeting in persona.Events.Where(meeting => !meeting.IsCancelled && meeting.OwnerResponse != "declined"))
        {
            foreach (var tie in TiesAmong(meeting.Attendees.Select(attendee => attendee.Person).Append(meeting.Organizer))) Record(tie, Kind.Meeting, meeting.Start);
        }
    }

    public enum Kind
    {
        Sent,
        Received,
        Meeting,
    }

    /// <summary>Every counted interaction per tie address, future ones included.</summary>
    public Dictionary<string, List<(Kind Kind, DateTimeOffset At)>> Interactions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public InteractionCounts Count(string tie, DateTimeOffset from, DateTimeOffset until, bool untilIncluded)
    {
        var within = Interactions.GetValueOrDefault(tie, []).Where(item => item.At >= from && (untilIncluded ? item.At <= until : item.At < until)).ToList();
        return new InteractionCounts(within.Count(item => item.Kind == Kind.Sent), within.Count(item => item.Kind == Kind.Received), within.Count(item => item.Kind == Kind.Meeting));
    }

    private IEnumerable<string> TiesAmong(IEnumerable<MailPerson> people) =>
        people.Select(person => tieOf.GetValueOrDefault(person.Address)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);

    private void Record(string tie, Kind kind, DateTimeOffset at)
    {
        if (!Interactions.TryGetValue(tie, out var list)) Interactions[tie] = list = [];
        list.Add((kind, at));
    }
}
