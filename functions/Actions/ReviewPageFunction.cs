using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Web;
using NudgeService.Web;

namespace NudgeService.Functions.Actions;

/// <summary>/api/r/{token}: a quarterly review email's link to the same review on a page (GET and HEAD only).</summary>
public sealed class ReviewPageFunction(ActionEndpoints endpoints)
{
    [Function("review-page")]
    public async Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Review)] HttpRequest request, string token, CancellationToken cancellationToken) =>
        (await endpoints.ShowReviewAsync(request, token, cancellationToken)).ToActionResult();
}
