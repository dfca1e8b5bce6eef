using NudgeService.Application.Accounts;
using NudgeService.Application.People;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

/// <summary>A user's network review as of now: the ledger brought up to date, compared with last quarter's stored counts.</summary>
public sealed class ReviewDrawing(WeeklySync sync, IPersonPreferenceStore preferences, IReviewStore reviews, TimeProvider time)
{
    public async Task<DrawnReview> DrawAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var today = LocalDay.Of(time.GetUtcNow(), DigestSlot.Zone(account.TimeZone));
        var people = (await sync.RunAsync(account, progress: null, cancellationToken)).People;
        var setAside = (await preferences.ListAsync(account.UserId, cancellationToken)).Where(choice => choice.NotThisPerson).Select(choice => choice.Key).ToHashSet(StringComparer.Ordinal);
        var previous = await reviews.FindAsync(account.UserId, ReviewQuarter.Of(today).Previous, cancellationToken);
        var ownDomains = new HashSet<string>([account.Address[(account.Address.LastIndexOf('@') + 1)..].ToLowerInvariant()], StringComparer.OrdinalIgnoreCase);
        var review = NetworkReviewer.Review(people, new ReviewContext(today, ownDomains, previous?.Snapshot, setAside), RelationshipSettings.Default);
        return new DrawnReview(review, people);
    }
}

public sealed record DrawnReview(NetworkReview Review, IReadOnlyList<Correspondent> People);
