using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Ledger;
using NudgeService.Domain.Correspondents;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Sync;

/// <summary>
/// Brings a user's ledger up to date with their mailbox: reads the four delta streams, applies
/// them, then stores the ledger before the new deltaLinks, so that a crash in between only means
/// reading the same changes again, which the ledger absorbs.
/// </summary>
public sealed class WeeklySync(
    GraphAccess graphAccess,
    IMailboxReader reader,
    ILedgerStore ledgers,
    ISyncStateStore states,
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
        var zone = DigestSlot.Zone(account.TimeZone);

        var accessToken = await graphAccess.AccessTokenAsync(account, forceRefresh: false, budget.Token);
        var state = await states.LoadAsync(account.UserId, budget.Token);
        var cursors = SyncWindow.Cursors(state, settings, now, GrantedStreams.Of(account.GrantedScopes));
        var ledger = new RelationshipLedger(await ledgers.LoadAsync(account.UserId, budget.Token));
        var own = new OwnAddresses(state is null ? [account.Address] : [account.Address, .. state.OwnAliases]);
        var updater = new LedgerUpdater(ledger, own, zone, now);
        var reached = new ReadProgress(now.AddDays(-settings.HistoryDays), now, progress);

        ValueTask Apply(StreamPage page, CancellationToken _)
        {
            updater.Apply(page);
            reached.Note(page);
            return ValueTask.CompletedTask;
        }
        MailboxRound round;
        try
        {
            round = await reader.ReadAsync(accessToken, cursors, Apply, budget.Token);
        }
        catch (AccessTokenRejectedException)
        {
            // Revoked before it expired: only a refresh tells a passing glitch from access gone for good. Pages read twice are absorbed.
            accessToken = await graphAccess.AccessTokenAsync(account, forceRefresh: true, budget.Token);
            round = await reader.ReadAsync(accessToken, cursors, Apply, budget.Token);
        }
        reached.Complete();

        if (cursors.TryGetValue(MailboxStream.Calendar, out var calendar) && (calendar.DeltaLink is null || round.Streams[MailboxStream.Calendar].Resynced))
        {
            updater.ForgetMeetingsNotSeen(calendar.From, calendar.Until ?? now);
        }
        SentItemsSenders.Settle(ledger, updater, own, account);
        updater.ApplyReceived();
        ledger.MergeMovedPeople();
        MeetingHistory.PromoteStarted(ledger, zone, now);
        LedgerRetention.Apply(ledger, LocalDay.Of(now, zone));
        var bytes = await ledgers.SaveAsync(account.UserId, ledger, budget.Token);

        var next = cursors.ToDictionary(pair => pair.Key, pair => pair.Value with { DeltaLink = round.Streams[pair.Key].DeltaLink });
        await states.SaveAsync(account.UserId, new SyncState(next, [.. own.All.Where(address => address != Addresses.Normalize(account.Address)).Order(StringComparer.Ordinal)], now), budget.Token);

        var judge = new LedgerJudge(own, account);
        var kinds = ledger.Rows.Select(row => (Row: row, Kind: judge.KindOf(row))).ToList();
        var report = new SyncReport(
            state is null,
            updater.ItemsApplied,
            updater.Unreadable,
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

    /// <summary>Each mail stream's progress through the window, averaged: the streams are read side by side.</summary>
    private sealed class ReadProgress(DateTimeOffset windowStart, DateTimeOffset now, IProgress<SyncProgress>? progress)
    {
        private readonly Dictionary<MailboxStream, double> mailStreams = new() { [MailboxStream.Inbox] = 0, [MailboxStream.SentItems] = 0 };
        private int items;
        private int pages;

        public void Note(StreamPage page)
        {
            items += page.Items.Count;
            pages++;
            if (mailStreams.ContainsKey(page.Stream) && page.Items.OfType<MailHeader>().Select(mail => mail.ReceivedAt).DefaultIfEmpty().Max() is var reached && reached != default)
            {
                mailStreams[page.Stream] = Math.Max(mailStreams[page.Stream], Math.Clamp((reached - windowStart) / (now - windowStart), 0, 1));
            }
            progress?.Report(new SyncProgress(items, pages, mailStreams.Values.Average()));
        }

        public void Complete() => progress?.Report(new SyncProgress(items, pages, 1));
    }
}
