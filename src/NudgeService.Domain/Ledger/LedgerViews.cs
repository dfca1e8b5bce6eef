using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Ledger;

/// <summary>The domain's views of a stored row: the correspondent it describes and the evidence about its address.</summary>
public static class LedgerViews
{
    public static Correspondent ToCorrespondent(this LedgerRow row, DateTimeOffset now)
    {
        var touches = row.Entries.Values
            .Where(entry => entry.IsTouch)
            .OrderBy(entry => entry.Day).ThenBy(entry => entry.Kind).ThenBy(entry => entry.Item)
            .Select(entry => new Touch(entry.Day, (TouchKind)entry.Kind, entry.Audience))
            .ToList();
        var next = row.Upcoming.Values.Where(meeting => meeting.Start > now).MinBy(meeting => meeting.Start);
        return new Correspondent(row.Key, row.DisplayName, [.. row.Addresses.Values], touches)
        {
            Contact = row.Contact,
            LastContactChange = row.LastContactChange,
            LastMeeting = row.LastMeeting,
            NextMeeting = next is null ? null : new Meeting(next.Start, next.Subject, next.Audience),
            Sightings = [.. row.Entries.Values.Select(Sighting).OfType<Sighting>().OrderBy(sighting => sighting.Day).ThenBy(sighting => sighting.Item)],
        };
    }

    private static Sighting? Sighting(LedgerEntry entry) => entry.Kind switch
    {
        EntryKind.MailToUser => new Sighting(entry.Item, entry.Day, SightingRole.Sender),
        EntryKind.MailFromUser => new Sighting(entry.Item, entry.Day, SightingRole.Recipient),
        EntryKind.CopiedAlongside or EntryKind.ReachedUserAsRecipient => new Sighting(entry.Item, entry.Day, SightingRole.CopiedAlongside),
        EntryKind.Meeting => new Sighting(entry.Item, entry.Day, entry.Signals.HasFlag(EntrySignals.Organizer) ? SightingRole.Organizer : SightingRole.Meeting),
        _ => null,
    };

    public static AddressEvidence Evidence(this LedgerRow row)
    {
        var counts = new int[Enum.GetValues<EntryKind>().Length];
        int bulk = 0, other = 0;
        foreach (var entry in row.Entries.Values)
        {
            counts[(int)entry.Kind]++;
            if (entry.Kind != EntryKind.MailToUser) continue;
            if (entry.Signals.HasFlag(EntrySignals.BulkHeaders)) bulk++;
            if (entry.Signals.HasFlag(EntrySignals.FiledAsOther)) other++;
        }
        return new AddressEvidence(
            row.Key,
            row.DisplayName,
            row.Contact is not null,
            Received: counts[(int)EntryKind.MailToUser],
            ReceivedBulk: bulk,
            ReceivedOther: other,
            SentByUser: counts[(int)EntryKind.MailFromUser],
            Meetings: counts[(int)EntryKind.Meeting],
            SentFromUserMailbox: counts[(int)EntryKind.SentFromUserMailbox],
            SentOnBehalfOfOthers: counts[(int)EntryKind.SentOnBehalfOfOthers],
            ReachedUserAsRecipient: counts[(int)EntryKind.ReachedUserAsRecipient],
            ActiveDays: row.Entries.Values.Where(entry => entry.Kind != EntryKind.CopiedAlongside).Select(entry => entry.Day).Distinct().Count(),
            SentByDelegates: counts[(int)EntryKind.SentByDelegate]);
    }
}
