
namespace NudgeService.Domain.Ledger;

internal static class MeetingHistory
{
    public static void NoteHeld(LedgerRow row, Meeting meeting)
    {
        if (row.LastMeeting is null || row.LastMeeting.Start < meeting.Start) row.LastMeeting = meeting;
    }

    /// <summary>Meetings that have started since the last sync become interactions.</summary>
    public static void PromoteStarted(RelationshipLedger ledger, TimeZoneInfo zone, DateTimeOffset now)
    {
        foreach (var row in ledger.Rows)
        {
            foreach (var meeting in row.Upcoming.Values.Where(meeting => meeting.Start <= now).ToList())
            {
                row.Upcoming.Remove(meeting.Item);
                row.Put(new LedgerEntry(meeting.Item, LocalDay.Of(meeting.Start, zone), EntryKind.Meeting, meeting.Audience, EntrySignals.None));
                NoteHeld(row, new Meeting(meeting.Start, meeting.Subject, meeting.Audience));
            }
        }
    }
}
