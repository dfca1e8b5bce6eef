using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>/outbox: the pages for reading what was sent, plus each message's raw JSON and bare HTML part.</summary>
internal static class OutboxEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/outbox", (SendGridOutbox outbox) => OutboxLayout.Page("Outbox", OutboxListPage.Render(outbox.All())));
        endpoints.MapGet("/outbox/{id}", (string id, SendGridOutbox outbox) =>
            outbox.Find(id) is { } message ? OutboxLayout.Page(message.Id, OutboxMessagePage.Render(message)) : NotFound(id));
        endpoints.MapGet("/outbox/{id}/raw", (string id, SendGridOutbox outbox) =>
            outbox.Find(id) is { } message ? Results.Text(message.Raw.GetRawText(), "application/json; charset=utf-8") : NotFound(id));
        endpoints.MapGet("/outbox/{id}/html", (string id, SendGridOutbox outbox) => outbox.Find(id) switch
        {
            null => NotFound(id),
            var message when message.DisplayedHtml() is { } html => Results.Content(html, "text/html; charset=utf-8"),
            _ => OutboxLayout.Page("No HTML part", "<p>This message has no text/html part.</p>", StatusCodes.Status404NotFound),
        });
    }

    private static IResult NotFound(string id) => OutboxLayout.Page("Not found",
        $"<nav><a href=\"/outbox\">← Outbox</a></nav><p>No message <code>{OutboxLayout.Encode(id)}</code> is in the outbox.</p>", StatusCodes.Status404NotFound);
}
