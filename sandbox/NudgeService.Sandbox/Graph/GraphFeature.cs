using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Sandbox.Graph;

/// <summary>Microsoft Graph v1.0 for the signed-in mailbox, under /v1.0.</summary>
internal sealed class GraphFeature : ISandboxFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<MailboxTraffic>();
        services.AddSingleton<GraphEndpoint>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/v1.0/{**path}", ["GET", "POST", "PATCH", "PUT", "DELETE"],
            (HttpContext context, string? path, GraphEndpoint graph) => graph.Handle(context, path)).DisableAntiforgery();
}
