using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Sandbox.SendGrid.Events;

/// <summary>
/// SendGrid's Event Webhook settings (PATCH /v3/user/webhooks/event/settings with the URL, GET
/// /v3/user/webhooks/event/settings/signed for the verification key), behind the API key; and
/// /sandbox/sendgrid: report an event for an accepted message, list the posts made.
/// </summary>
internal static class EventWebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/v3/user/webhooks/event/settings", ["PATCH"], (HttpContext context, WebhookSettingsRequest request, EventWebhookSettings settings, SandboxOptions options) =>
        {
            if (Unauthorized(context, options) is { } refused) return refused;
            if (request.Url is not null && (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
            {
                return SendGridErrors.Respond(StatusCodes.Status400BadRequest, "url must be a valid http or https URL");
            }
            settings.Url = request.Enabled == false || string.IsNullOrEmpty(request.Url) ? null : new Uri(request.Url);
            return Results.Ok(new { enabled = settings.Url is not null, url = settings.Url?.ToString() ?? "" });
        }).DisableAntiforgery();
        endpoints.MapGet("/v3/user/webhooks/event/settings/signed", (HttpContext context, EventWebhookKeys keys, SandboxOptions options) =>
            Unauthorized(context, options) ?? Results.Ok(new { public_key = keys.PublicKey }));

        var admin = endpoints.MapGroup("/sandbox/sendgrid").DisableAntiforgery();
        admin.MapPost("/messages/{id}/events", async (string id, MailEventRequest request, SendGridOutbox outbox, EventWebhookPoster poster, CancellationToken cancellationToken) =>
        {
            if (!MailEventFactory.Kinds.Contains(request.Event)) return Results.Json(new { error = $"event must be one of {string.Join(", ", MailEventFactory.Kinds)}." }, statusCode: 400);
            if (request.Type is not (null or "bounce" or "blocked")) return Results.Json(new { error = "type must be bounce or blocked." }, statusCode: 400);
            if (outbox.Find(id) is not { } message) return Results.Json(new { error = $"No message {id} in the outbox." }, statusCode: 404);
            return await poster.PostAsync(message, request, cancellationToken) is { } post
                ? Results.Ok(post)
                : Results.Json(new { error = "No Event Webhook URL is set." }, statusCode: 409);
        });
        admin.MapGet("/webhook/posts", (EventWebhookPoster poster) => poster.Posts());
    }

    private static IResult? Unauthorized(HttpContext context, SandboxOptions options)
    {
        const string scheme = "Bearer ";
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0) return SendGridErrors.AuthorizationRequired();
        return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && authorization[scheme.Length..].Trim() == options.SendGridApiKey
            ? null
            : SendGridErrors.InvalidGrant();
    }
}

/// <summary>The part of SendGrid's Event Webhook settings the sandbox honours: on or off, and where.</summary>
public sealed record WebhookSettingsRequest(bool? Enabled, string? Url);
