using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.Operations;
using NudgeService.Application.Web;

namespace NudgeService.Functions.Health;

/// <summary>Health probe for the platform and for operators: 200 while storage answers, with the schedule's backlog; 503 when it does not.</summary>
public sealed class HealthFunction(HealthCheck health)
{
    [Function("health")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Health)] HttpRequest request, CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return new ObjectResult(report) { StatusCode = report.HttpStatus };
    }
}
