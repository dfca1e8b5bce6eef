using NudgeService.Application.Actions;
using NudgeService.Application.Web;

namespace NudgeService.Application.Review;

/// <summary>
/// The page behind a review email's link: the same review, drawn again from storage as of the day
/// it was sent for, with its picture inside the page. Opening it changes nothing.
/// </summary>
public sealed class ReviewPage(ReviewDrawing drawing, IReviewRenderer renderer)
{
    public async Task<WebResult> ShowAsync(OpenedReview opened, CancellationToken cancellationToken)
    {
        var drawn = await drawing.RedrawAsync(opened.Account, opened.Review, cancellationToken);
        var view = ReviewComposer.View(drawn.Review, drawn.People, opened.Account.Language, opened.Account.FirstName, links: null);
        return WebResult.Page(200, renderer.Render(view, pictureSource: null).Html);
    }
}
