using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Web;
using NudgeService.Functions.Web;

namespace NudgeService.Functions.Accounts;

public sealed class ConnectFunctions(AccountEndpoints endpoints)
{
    [Function("connect")]
    public IActionResult Connect([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "connect")] HttpRequest request) =>
        endpoints.Connect(request).ToActionResult(request.HttpContext.Response);

    [Function("connect-admin")]
    public IActionResult AdminConsent([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "connect/admin")] HttpRequest request) =>
        endpoints.AdminConsent(request).ToActionResult(request.HttpContext.Response);

    [Function("auth-callback")]
    public async Task<IActionResult> Callback([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "auth/callback")] HttpRequest request, CancellationToken cancellationToken) =>
        (await endpoints.CallbackAsync(request, cancellationToken)).ToActionResult(request.HttpContext.Response);
}
