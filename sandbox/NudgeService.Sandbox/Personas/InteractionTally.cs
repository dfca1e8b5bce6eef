using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Counts interactions per tie by the rule <see cref="InteractionCounts"/> documents: mail sent by
/// the owner (not by a delegate) with the tie in To or Cc, mail from the tie kept in the Inbox, the
/// Archive or a folder of the owner's (not deleted, not junk), and meetings
/// that were neither cancelled nor declined and have started. Only items up to now count.
/// </summary>
internal static class InteractionTally
{
    public static (InteractionCounts All, InteractionCounts LastYear)[] Count(
        IReadOnlyList<MailMessage> messages,
        IReadOnlyList<CalendarEvent> events,
        MailboxOwner owner,
        IReadOnlyDictionary<string, int> tieByAddress,
        int tieCount,
        DateTimeOffset now)
    {
        var yearAgo = now.AddDays(-365);
        var all = new int[tieCount, 3];
        var lastYear = new int[tieCount, 3];
        var countedIn = new long[tieCount];
        var item = 0L;

        void Add(string address, int kind, DateTimeOffset at)
        {
            if (!tieByAddress.TryGetValue(address, out var tie) || countedIn[tie] == item) return;
            countedIn[tie] = item;
            all[tie, kind]++;
            if (at >= yearAgo && at < now) lastYear[tie, kind]++;
        }

        foreach (var message in messages)
        {
            if (message.ReceivedAt > now) continue;
            item++;
            if (message.Folder == MailFolder.SentItems && owner.Owns(message.Sender.Address))
            {
                foreach (var recipient in message.To) Add(recipient.Address, 0, message.ReceivedAt);
                foreach (var recipient in message.Cc) Add(recipient.Address, 0, message.ReceivedAt);
            }
            else if (HoldsConversations(message.Folder))
            {
                Add(message.From.Address, 1, message.ReceivedAt);
            }
        }
        foreach (var meeting in events)
        {
            if (meeting.IsCancelled || meeting.OwnerResponse == "declined" || meeting.Start > now) continue;
            item++;
            Add(meeting.Organizer.Address, 2, meeting.Start);
            foreach (var attendee in meeting.Attendees) Add(attendee.Person.Address, 2, meeting.Start);
        }

        var counts = new (InteractionCounts, InteractionCounts)[tieCount];
        for (var tie = 0; tie < tieCount; tie++)
        {
            counts[tie] = (new InteractionCounts(all[tie, 0], all[tie, 1], all[tie, 2]), new InteractionCounts(lastYear[tie, 0], lastYear[tie, 1], lastYear[tie, 2]));
        }
        return counts;
    }

    private static bool HoldsConversations(MailFolder folder) =>
        folder is MailFolder.Inbox or MailFolder.Archive || !folder.IsWellKnown();
}
