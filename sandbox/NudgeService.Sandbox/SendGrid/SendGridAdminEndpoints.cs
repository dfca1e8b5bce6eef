using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>/sandbox/sendgrid: read and clear the outbox as JSON, plan throttles and failures of the next sends.</summary>
internal static class SendGridAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var sendGrid = endpoints.MapGroup("/sandbox/sendgrid").DisableAntiforgery();
        sendGrid.MapGet("/messages", (SendGridOutbox outbox) => outbox.All());
        sendGrid.MapDelete("/messages", (SendGridOutbox outbox) =>
        {
            outbox.Clear();
            return Results.NoContent();
        });
        sendGrid.MapGet("/faults", (SendGridFaults faults) => faults.Plan);
        sendGrid.MapPut("/faults", (SendGridFaultsRequest request, SendGridFaults faults) =>
        {
            var plan = new SendGridFaultPlan(request.ThrottleNext ?? 0, request.RetryAfterSeconds ?? 1, request.FailNext ?? 0);
            if (plan.ThrottleNext < 0 || plan.FailNext < 0 || plan.RetryAfterSeconds < 0)
            {
                return Results.Json(new { error = "throttleNext, retryAfterSeconds and failNext cannot be negative." }, statusCode: StatusCodes.Status400BadRequest);
            }
            faults.Configure(plan);
            return Results.Ok(plan);
        });
    }
}

/// <summary>Body of PUT /sandbox/sendgrid/faults; what is left out counts as 0 (1 second for the Retry-After).</summary>
public sealed record SendGridFaultsRequest(int? ThrottleNext, int? RetryAfterSeconds, int? FailNext);
