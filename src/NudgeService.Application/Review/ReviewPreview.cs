using NudgeService.Application.Accounts;

namespace NudgeService.Application.Review;

/// <summary>
/// This quarter's network review for one user as it would be sent now, rendered and returned
/// instead of sent: nothing is recorded, no snapshot is kept.
/// </summary>
public sealed class ReviewPreview(ReviewDrawing drawing, IReviewRenderer renderer)
{
    public async Task<RenderedReview> RenderAsync(UserAccount account, string pictureSource, CancellationToken cancellationToken)
    {
        var drawn = await drawing.DrawAsync(account, cancellationToken);
        return renderer.Render(ReviewComposer.View(drawn.Review, drawn.People, account.Language, account.FirstName, links: null), pictureSource);
    }
}
