using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Sandbox.Identity;

/// <summary>The Microsoft identity platform's OAuth 2.0 / OpenID Connect endpoints for any tenant segment.</summary>
internal sealed class IdentityFeature : ISandboxFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IdTokens>();
        services.AddSingleton(provider => new ConsentSettings
        {
            Mode = provider.GetRequiredService<SandboxOptions>().AutoConsent ? ConsentMode.AutoAccept : ConsentMode.Page,
        });
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<TenantGrants>();
        services.AddSingleton<AuthorizeEndpoint>();
        services.AddSingleton<AdminConsentEndpoint>();
        services.AddSingleton<TokenEndpoint>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", DiscoveryEndpoints.OpenIdConfiguration);
        endpoints.MapGet("/{tenant}/discovery/v2.0/keys", (IdTokens idTokens) => Results.Json(idTokens.JsonWebKeySet()));
        endpoints.MapGet("/{tenant}/discovery/instance", DiscoveryEndpoints.InstanceDiscovery);
        endpoints.MapGet("/{tenant}/oauth2/v2.0/authorize", (HttpContext context, AuthorizeEndpoint authorize) => authorize.Show(context));
        endpoints.MapPost("/{tenant}/oauth2/v2.0/authorize", (HttpContext context, AuthorizeEndpoint authorize) => authorize.Decide(context)).DisableAntiforgery();
        endpoints.MapGet("/{tenant}/v2.0/adminconsent", (HttpContext context, string tenant, AdminConsentEndpoint adminConsent) => adminConsent.Show(context, tenant));
        endpoints.MapPost("/{tenant}/v2.0/adminconsent", (HttpContext context, string tenant, AdminConsentEndpoint adminConsent) => adminConsent.Decide(context, tenant)).DisableAntiforgery();
        endpoints.MapPost("/{tenant}/oauth2/v2.0/token", (HttpContext context, TokenEndpoint token) => token.Handle(context)).DisableAntiforgery();
    }
}
