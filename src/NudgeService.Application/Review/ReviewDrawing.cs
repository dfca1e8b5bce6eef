using NudgeService.Application.Accounts;
using NudgeService.Application.Ledger;
using NudgeService.Application.People;
using NudgeService.Application.Sync;
using NudgeService.Domain.Correspondents;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

/// <summary>A user's network review: drawn now with the ledger brought up to date, or drawn again from the stored ledger as of a sent review's day.</summary>
public sealed class ReviewDrawing(WeeklySync sync, ILedgerStore ledgers, ISyncStateStore states, IPersonPreferenceStore preferences, IReviewStore reviews, TimeProvider time)
{
    public async Task<DrawnReview> DrawAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var today = LocalDay.Of(time.GetUtcNow(), TimeZones.Of(account.TimeZone));
        var people = (await sync.RunAsync(account, progress: null, cancellationToken)).People;
        return await ReviewAsync(account, people, today, cancellationToken);
    }

    /// <summary>The review of the day it was drawn for, read from storage only: its page may be opened any number of times and changes nothing.</summary>
    public async Task<DrawnReview> RedrawAsync(UserAccount account, ReviewRecord record, CancellationToken cancellationToken)
    {
        var state = await states.LoadAsync(account.UserId, cancellationToken);
        var own = new OwnAddresses(state is null ? [account.Address] : [account.Address, .. state.OwnAliases]);
        var judge = new LedgerJudge(own, account.DisplayName);
        var people = (await ledgers.LoadAsync(account.UserId, cancellationToken)).Ledger.Rows
            .Where(row => judge.KindOf(row) == CorrespondentKind.Person)
            .Select(row => row.ToCorrespondent(record.UpdatedAt))
            .ToList();
        return await ReviewAsync(account, people, record.Day, cancellationToken);
    }

    private async Task<DrawnReview> ReviewAsync(UserAccount account, IReadOnlyList<Correspondent> people, DateOnly today, CancellationToken cancellationToken)
    {
        var choices = await PersonPreferences.LoadAsync(preferences, account.UserId, cancellationToken);
        var previous = await reviews.FindAsync(account.UserId, ReviewQuarter.Of(today).Previous, cancellationToken);
        var ownDomains = new HashSet<string>([Addresses.Domain(account.Address) ?? ""], StringComparer.OrdinalIgnoreCase);
        var review = NetworkReviewer.Review(people, new ReviewContext(today, ownDomains, previous?.Snapshot, choices.NeverSuggested), choices.Relationships);
        return new DrawnReview(review, people);
    }
}

public sealed record DrawnReview(NetworkReview Review, IReadOnlyList<Correspondent> People);
