using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Web;
using NudgeService.Web;

namespace NudgeService.Functions.Accounts;

public sealed class DisconnectFunctions(AccountEndpoints endpoints)
{
    [Function("disconnect-page")]
    public async Task<IActionResult> Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = Routes.Disconnect)] HttpRequest request, CancellationToken cancellationToken) =>
        (await endpoints.DisconnectPageAsync(request, cancellationToken)).ToActionResult();

    [Function("disconnect")]
    public async Task<IActionResult> Disconnect([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Disconnect)] HttpRequest request, CancellationToken cancellationToken) =>
        (await endpoints.DisconnectAsync(request, cancellationToken)).ToActionResult();
}
