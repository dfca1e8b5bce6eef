using NudgeService.Application.Configuration;

namespace NudgeService.Application.Sync;

/// <summary>
/// The cursors a sync starts from: the stored deltaLinks, or the history window on a first sync.
/// Streams whose scope the user declined are not read. The calendar's window has an end, so it is read afresh once less than a month of it is left.
/// </summary>
public static class SyncWindow
{
    private static readonly TimeSpan CalendarRenewal = TimeSpan.FromDays(30);

    public static Dictionary<MailboxStream, StreamCursor> Cursors(SyncState? state, SyncOptions options, DateTimeOffset now, IReadOnlySet<MailboxStream> granted)
    {
        var from = now.AddDays(-options.HistoryDays);
        var cursors = new Dictionary<MailboxStream, StreamCursor>
        {
            [MailboxStream.Contacts] = new(null, from, null),
            [MailboxStream.Calendar] = new(null, from, now.AddDays(options.CalendarAheadDays)),
            [MailboxStream.Inbox] = new(null, from, null),
            [MailboxStream.SentItems] = new(null, from, null),
        };
        foreach (var stream in cursors.Keys.Where(stream => !granted.Contains(stream)).ToList()) cursors.Remove(stream);
        if (state is null) return cursors;
        foreach (var (stream, stored) in state.Cursors)
        {
            if (!granted.Contains(stream)) continue;
            if (stream == MailboxStream.Calendar && stored.Until - now < CalendarRenewal) continue;
            cursors[stream] = stored;
        }
        return cursors;
    }
}
