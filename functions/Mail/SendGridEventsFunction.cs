using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NudgeService.Application.MailEvents;
using NudgeService.Application.Web;

namespace NudgeService.Functions.Mail;

/// <summary>SendGrid's signed Event Webhook; anonymous at the platform, because the ECDSA signature is the authentication.</summary>
public sealed class SendGridEventsFunction(MailEventWebhook webhook)
{
    [Function("sendgrid-events")]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.MailEvents)] HttpRequest request, CancellationToken cancellationToken)
    {
        if (await MailEventBodies.ReadAsync(request.Body, cancellationToken) is not { } body) return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        var status = await webhook.ReceiveAsync(
            request.Headers[MailEventWebhook.SignatureHeader].ToString(), request.Headers[MailEventWebhook.TimestampHeader].ToString(), body, cancellationToken);
        return new StatusCodeResult(status);
    }
}
