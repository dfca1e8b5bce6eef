using NudgeService.Application.Configuration;

namespace NudgeService.Application.Sync;

/// <summary>
/// The plan a sync starts from: the stored deltaLinks, or the history window on a first sync.
/// Streams whose scope the user declined are not read. The calendar's window has an end, so it is
/// read afresh once less than a month of it is left.
/// </summary>
internal static class SyncWindow
{
    private static readonly TimeSpan CalendarRenewal = TimeSpan.FromDays(30);

    /// <summary>Mail a little older than the last sync is asked about again: clocks and delivery are not exact.</summary>
    private static readonly TimeSpan ChangeMargin = TimeSpan.FromHours(1);

    public static SyncPlan Plan(SyncState? state, SyncOptions options, DateTimeOffset now, IReadOnlySet<StreamKind> granted)
    {
        var from = now.AddDays(-options.HistoryDays);
        var cursors = new Dictionary<MailboxStream, StreamCursor>
        {
            [MailboxStream.Contacts] = new(null, from, null),
            [MailboxStream.Calendar] = new(null, from, now.AddDays(options.CalendarAheadDays)),
            [MailboxStream.Folders] = new(null, from, null),
        };
        foreach (var stream in cursors.Keys.Where(stream => !granted.Contains(stream.Kind)).ToList()) cursors.Remove(stream);
        var mailGranted = granted.Contains(StreamKind.Folders);
        var folders = mailGranted ? state?.Folders?.Copy() ?? MailFolderTree.Empty() : MailFolderTree.Empty();
        if (state is null) return new SyncPlan(cursors, folders, from, null);
        foreach (var (stream, stored) in state.Cursors)
        {
            if (!granted.Contains(stream.Kind)) continue;
            if (stream == MailboxStream.Calendar && stored.Until - now < CalendarRenewal) continue;
            cursors[stream] = stored;
        }
        return new SyncPlan(cursors, folders, from, mailGranted && state.Folders is not null ? state.LastSyncedAt - ChangeMargin : null);
    }

    /// <summary>
    /// Where the next week resumes: every stream read to its end moves on to its new deltaLink; a
    /// stream that gave up starts over; mail folders not read this week keep their cursor, unless
    /// the folder is gone or now lies under a folder the sync leaves unread.
    /// </summary>
    public static Dictionary<MailboxStream, StreamCursor> Next(SyncPlan plan, MailboxRound round, DateTimeOffset now)
    {
        var next = new Dictionary<MailboxStream, StreamCursor>();
        foreach (var (stream, cursor) in plan.Cursors)
        {
            if (!round.Streams.ContainsKey(stream) && (!stream.IsMail || round.Folders.HoldsConversations(stream.FolderId!))) next[stream] = cursor;
        }
        foreach (var (stream, outcome) in round.Streams)
        {
            if (outcome.DeltaLink is not { } link) continue;
            var cursor = plan.Cursors.GetValueOrDefault(stream) ?? new StreamCursor(null, plan.MailFrom, null);
            next[stream] = cursor with { DeltaLink = link, ReadAt = now };
        }
        return next;
    }
}
