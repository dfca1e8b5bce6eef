using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NudgeService.Sandbox.Hosting;

/// <summary>One emulated service (Graph, identity, SendGrid, admin): its singletons and its endpoints.</summary>
public interface ISandboxFeature
{
    void AddServices(IServiceCollection services);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
