using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Web;
using NudgeService.Web;

namespace NudgeService.Functions.Actions;

/// <summary>/api/u/{token}: unsubscribe (including RFC 8058 one-click POST) and preferences.</summary>
public sealed class AccountActionFunctions(ActionEndpoints endpoints)
{
    [Function("account-link-page")]
    public async Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Account)] HttpRequest request, string token, CancellationToken cancellationToken) =>
        (await endpoints.ShowAccountAsync(request, token, cancellationToken)).ToActionResult();

    [Function("account-link-action")]
    public async Task<IActionResult> Act([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Account)] HttpRequest request, string token, CancellationToken cancellationToken) =>
        (await endpoints.ActOnAccountAsync(request, token, cancellationToken)).ToActionResult();
}
