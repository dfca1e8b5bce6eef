using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Admin;

/// <summary>Sandbox-only endpoints under /sandbox for tests and tools, and the Outlook-on-the-web stand-in.</summary>
internal sealed class AdminFeature : ISandboxFeature
{
    public void AddServices(IServiceCollection services) => services.AddSingleton<MailboxSources>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        MailboxAdminEndpoints.Map(endpoints);
        ContentAdminEndpoints.Map(endpoints);
        SandboxAdminEndpoints.Map(endpoints);
        endpoints.MapGet("/owa/", (HttpContext context, MailboxRegistry registry) => OutlookWebPage.Show(context.Request.Query["ItemID"].FirstOrDefault(), registry));
    }
}
