using NudgeService.Application.Accounts;
using NudgeService.Application.People;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

/// <summary>
/// This quarter's network review for one user as it would be sent now, rendered and returned
/// instead of sent: nothing is recorded, no snapshot is kept.
/// </summary>
public sealed class ReviewPreview(WeeklySync sync, IPersonPreferenceStore preferences, IReviewRenderer renderer, TimeProvider time)
{
    public async Task<RenderedReview> RenderAsync(UserAccount account, string pictureSource, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = LocalDay.Of(now, DigestSlot.Zone(account.TimeZone));
        var people = (await sync.RunAsync(account, progress: null, cancellationToken)).People;
        var setAside = (await preferences.ListAsync(account.UserId, cancellationToken)).Where(choice => choice.NotThisPerson).Select(choice => choice.Key).ToHashSet(StringComparer.Ordinal);
        var ownDomains = new HashSet<string>([account.Address[(account.Address.LastIndexOf('@') + 1)..].ToLowerInvariant()], StringComparer.OrdinalIgnoreCase);
        var review = NetworkReviewer.Review(people, new ReviewContext(today, ownDomains, Previous: null, setAside), RelationshipSettings.Default);
        return renderer.Render(ReviewComposer.View(review, people, account.Language, account.FirstName), pictureSource);
    }
}
