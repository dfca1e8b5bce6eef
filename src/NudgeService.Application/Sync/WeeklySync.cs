using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;
using NudgeService.Application.Ledger;
using NudgeService.Domain.Correspondents;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Sync;

/// <summary>
/// Brings a user's ledger up to date with their mailbox: reads the contacts, calendar and mail
/// folder delta streams, applies them, then stores the ledger and what Sent Items showed of messages
/// sent from nudges before the new deltaLinks, so that a crash in between only means reading the
/// same changes again, which the ledger and the nudges absorb.
/// </summary>
public sealed class WeeklySync(
    GraphAccess graphAccess,
    IMailboxReader reader,
    ILedgerStore ledgers,
    ISyncStateStore states,
    INudgeStore nudges,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<WeeklySync> logger)
{
    public async Task<SyncReport> RunAsync(UserAccount account, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var settings = options.Value.Sync;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(settings.TimeBudget);
        var now = time.GetUtcNow();
        var zone = TimeZones.Of(account.TimeZone);

        var state = await states.LoadAsync(account.UserId, budget.Token);
        var plan = SyncWindow.Plan(state, settings, now, GrantedStreams.Of(account.GrantedScopes));
        var stored = await ledgers.LoadAsync(account.UserId, budget.Token);
        var ledger = stored.Ledger;
        var own = new OwnAddresses(state is null ? [account.Address] : [account.Address, .. state.OwnAliases]);
        var updater = new LedgerUpdater(ledger, own, account.DisplayName, zone, now);
        int itemsApplied = 0, unreadable = 0;
        var reached = new ReadProgress(now.AddDays(-settings.HistoryDays), now, progress);
        var sentItems = await SentItemsWatch.StartAsync(nudges, account.UserId, now, zone, budget.Token);

        ValueTask Apply(StreamPage page, CancellationToken _)
        {
            Action<IEnumerable<MailboxItem>> apply = page.Stream.Kind switch
            {
                StreamKind.Contacts => updater.ApplyContacts,
                StreamKind.Calendar => updater.ApplyCalendar,
                StreamKind.ReceivedMail => updater.ApplyReceivedMail,
                StreamKind.SentMail => updater.ApplySentMail,
                _ => throw new InvalidOperationException($"The {page.Stream} stream has no items for the ledger."),
            };
            apply(page.Items);
            itemsApplied += page.Items.Count;
            unreadable += page.Unreadable;
            sentItems.Note(page);
            reached.Note(page);
            return ValueTask.CompletedTask;
        }
        // Pages read again after a refreshed token are absorbed by the ledger.
        var round = await graphAccess.CallAsync(account, accessToken => reader.ReadAsync(account.UserId, accessToken, plan, Apply, budget.Token), budget.Token);
        reached.Complete();
        foreach (var (stream, outcome) in round.Streams.Where(pair => pair.Value.GaveUp))
        {
            logger.LogWarning("Sync of {UserId}: the {Stream} stream could not resume even read again from its window; it starts over next week", account.UserId, stream.Kind);
        }

        if (plan.Cursors.TryGetValue(MailboxStream.Calendar, out var calendar) && round.Streams.GetValueOrDefault(MailboxStream.Calendar) is { GaveUp: false } calendarRound
            && (calendar.DeltaLink is null || calendarRound.Resynced))
        {
            updater.ForgetMeetingsNotSeen(calendar.From, calendar.Until ?? now);
        }
        updater.Complete();
        var bytes = await ledgers.SaveAsync(stored, budget.Token);
        var sentItemsRead = plan.Cursors.Keys.Concat(round.Streams.Keys).Any(stream => stream.Kind == StreamKind.SentMail)
            && !round.Streams.Any(pair => pair.Key.Kind == StreamKind.SentMail && pair.Value.GaveUp);
        var settledMessages = await sentItems.SettleAsync(now, sentItemsRead, budget.Token);
        if (settledMessages > 0) logger.LogInformation("Sync of {UserId}: Sent Items settled {Count} messages sent from nudges", account.UserId, settledMessages);

        var next = SyncWindow.Next(plan, round, now);
        await states.SaveAsync(account.UserId, new SyncState(next, [.. own.All.Where(address => address != Addresses.Normalize(account.Address)).Order(StringComparer.Ordinal)], now, round.Folders), budget.Token);

        var judge = new LedgerJudge(own, account.DisplayName);
        var kinds = ledger.Rows.Select(row => (Row: row, Kind: judge.KindOf(row))).ToList();
        var report = new SyncReport(
            state is null,
            itemsApplied,
            unreadable,
            kinds.Count(judged => judged.Kind == CorrespondentKind.Person && judged.Row.Entries.Values.Any(entry => entry.IsTouch)),
            kinds.Where(judged => judged.Kind != CorrespondentKind.Person && judged.Row.Entries.Count > 0).GroupBy(judged => judged.Kind).ToDictionary(group => group.Key, group => group.Count()),
            round.RoundTrips,
            bytes,
            Stopwatch.GetElapsedTime(started),
            round.Streams,
            [.. kinds.Where(judged => judged.Kind == CorrespondentKind.Person).Select(judged => judged.Row.ToCorrespondent(now))]);
        logger.LogInformation("Synced {UserId}: {Items} items in {RoundTrips} round trips, {Ties} ties, {Bytes} bytes written", account.UserId, report.ItemsRead, report.RoundTrips, report.Ties, bytes);
        return report;
    }

    /// <summary>
    /// How much of the window the mail folders have covered, averaged over the folders seen so far.
    /// Graph guarantees no order within a folder's round, so a folder counts as covered back to the
    /// oldest mail it returned.
    /// </summary>
    private sealed class ReadProgress(DateTimeOffset windowStart, DateTimeOffset now, IProgress<SyncProgress>? progress)
    {
        private readonly Dictionary<MailboxStream, (DateTimeOffset Oldest, DateTimeOffset Newest)> mailStreams = [];
        private int items;
        private int pages;

        public void Note(StreamPage page)
        {
            items += page.Items.Count;
            pages++;
            foreach (var mail in page.Items.OfType<MailHeader>())
            {
                var (oldest, newest) = mailStreams.GetValueOrDefault(page.Stream, (mail.ReceivedAt, mail.ReceivedAt));
                mailStreams[page.Stream] = (mail.ReceivedAt < oldest ? mail.ReceivedAt : oldest, mail.ReceivedAt > newest ? mail.ReceivedAt : newest);
            }
            var fraction = mailStreams.Count == 0 ? 0 : mailStreams.Values.Average(span => Math.Clamp((span.Newest - span.Oldest) / (now - windowStart), 0, 1));
            progress?.Report(new SyncProgress(items, pages, fraction));
        }

        public void Complete() => progress?.Report(new SyncProgress(items, pages, 1));
    }
}
