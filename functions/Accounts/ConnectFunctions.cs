using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Web;
using NudgeService.Web;

namespace NudgeService.Functions.Accounts;

public sealed class ConnectFunctions(AccountEndpoints endpoints)
{
    [Function("connect")]
    public IActionResult Connect([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Connect)] HttpRequest request) =>
        endpoints.Connect(request).ToActionResult();

    [Function("connect-admin")]
    public IActionResult AdminConsent([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.AdminConsent)] HttpRequest request) =>
        endpoints.AdminConsent(request).ToActionResult();

    [Function("auth-callback")]
    public async Task<IActionResult> Callback([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Callback)] HttpRequest request, CancellationToken cancellationToken) =>
        (await endpoints.CallbackAsync(request, cancellationToken)).ToActionResult();
}
