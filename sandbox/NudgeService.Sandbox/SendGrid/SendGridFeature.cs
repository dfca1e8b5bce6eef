using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.SendGrid.Events;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>SendGrid's v3 mail send and signed Event Webhook settings under /v3, the outbox pages under /outbox and their admin API under /sandbox/sendgrid.</summary>
internal sealed class SendGridFeature : ISandboxFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<SendGridOutbox>();
        services.AddSingleton<SendGridFaults>();
        services.AddSingleton<MailSendEndpoint>();
        services.AddSingleton<EventWebhookKeys>();
        services.AddSingleton<EventWebhookSettings>();
        services.AddSingleton<EventWebhookPoster>();
        services.AddHostedService(provider => provider.GetRequiredService<EventWebhookPoster>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v3/mail/send", (HttpContext context, MailSendEndpoint mailSend) => mailSend.HandleAsync(context)).DisableAntiforgery();
        OutboxEndpoints.Map(endpoints);
        SendGridAdminEndpoints.Map(endpoints);
        EventWebhookEndpoints.Map(endpoints);
    }
}
