using NudgeService.Application.Digest;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Sync;

/// <summary>
/// Watches one sync's reading of Sent Items for the messages sent from nudges that Sent Items has not
/// shown yet. Every sync does it, whoever runs it: Sent Items delta reports each message once, so
/// the sync that reads a message is the only one that can confirm it.
/// </summary>
internal sealed class SentItemsWatch
{
    /// <summary>
    /// How far back nudges are looked at: a digest's buttons work for two weeks, and Sent Items is
    /// waited for a week after that, with room for a sync that came late.
    /// </summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(42);

    private readonly INudgeStore nudges;
    private readonly IReadOnlyList<Nudge> waiting;
    private readonly Dictionary<string, List<DateTimeOffset>> sentTo = new(StringComparer.Ordinal);

    private SentItemsWatch(INudgeStore nudges, IReadOnlyList<Nudge> waiting)
    {
        this.nudges = nudges;
        this.waiting = waiting;
        foreach (var nudge in waiting)
        {
            if (Addresses.Normalize(nudge.Address) is { } address) sentTo.TryAdd(address, []);
        }
    }

    public static async Task<SentItemsWatch> StartAsync(INudgeStore nudges, string userId, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var recent = await nudges.SinceAsync(userId, DigestWeek.Of(now - LookBack, zone), cancellationToken);
        return new SentItemsWatch(nudges, [.. recent.Where(nudge => nudge.SentMessage is { State: not SentMessageState.InSentItems })]);
    }

    /// <summary>Notes the Sent Items messages of a page addressed to a recipient of a waiting message.</summary>
    public void Note(StreamPage page)
    {
        if (page.Stream.Kind != StreamKind.SentMail || sentTo.Count == 0) return;
        foreach (var mail in page.Items.OfType<MailHeader>())
        {
            foreach (var recipient in mail.To.Concat(mail.Cc))
            {
                if (Addresses.Normalize(recipient.Address) is { } address && sentTo.TryGetValue(address, out var times)) times.Add(mail.ReceivedAt);
            }
        }
    }

    /// <summary>
    /// Records what the sync showed of each waiting message. A sync that could not read Sent Items
    /// (not granted, or its stream gave up) confirms what it saw but gives up on nothing.
    /// </summary>
    /// <returns>How many messages changed state.</returns>
    public async Task<int> SettleAsync(DateTimeOffset syncedAt, bool sentItemsRead, CancellationToken cancellationToken)
    {
        Nudge? Settled(Nudge nudge)
        {
            var seen = Addresses.Normalize(nudge.Address) is { } address ? sentTo[address] : [];
            var settled = nudge.AfterSync(syncedAt, seen);
            if (settled.SentMessage == nudge.SentMessage) return null;
            return !sentItemsRead && settled.SentMessage!.State == SentMessageState.NotFoundInSentItems ? null : settled;
        }

        var changed = 0;
        foreach (var nudge in waiting)
        {
            if (Settled(nudge) is not { } settled) continue;
            if (await nudges.TryUpdateOutcomeAsync(settled, cancellationToken) is null)
            {
                // Changed since it was read (its acceptance recorded meanwhile): what the sync saw is applied to the row as it is now.
                if (await nudges.FindAsync(nudge.UserId, nudge.Week, nudge.Id, cancellationToken) is not { SentMessage: not null } current
                    || Settled(current) is not { } again || await nudges.TryUpdateOutcomeAsync(again, cancellationToken) is null)
                {
                    continue;
                }
            }
            changed++;
        }
        return changed;
    }
}
