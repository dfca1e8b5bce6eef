using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Actions;
using NudgeService.Application.Web;
using NudgeService.Web;

namespace NudgeService.Functions.Actions;

/// <summary>/api/n/{token}: a digest button's page (GET) and its action (POST).</summary>
public sealed class NudgeActionFunctions(ActionEndpoints endpoints)
{
    [Function("nudge-page")]
    public async Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Nudge)] HttpRequest request, string token, CancellationToken cancellationToken) =>
        (await endpoints.ShowNudgeAsync(request, token, cancellationToken)).ToActionResult();

    [Function("nudge-action")]
    public async Task<IActionResult> Act([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Nudge)] HttpRequest request, string token, CancellationToken cancellationToken) =>
        (await endpoints.ActOnNudgeAsync(request, token, cancellationToken)).ToActionResult();
}
