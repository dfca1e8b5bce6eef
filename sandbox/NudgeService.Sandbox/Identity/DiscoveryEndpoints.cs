using Microsoft.AspNetCore.Http;

namespace NudgeService.Sandbox.Identity;

/// <summary>OpenID Connect metadata, signing keys and the instance-discovery answer MSAL may ask for.</summary>
internal static class DiscoveryEndpoints
{
    public static IResult OpenIdConfiguration(HttpContext context, string tenant)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = IdTokens.Issuer(origin, tenant is "common" or "organizations" or "consumers" ? "{tenantid}" : tenant),
            ["authorization_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{origin}/{tenant}/discovery/v2.0/keys",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "form_post" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "S256", "plain" },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nbf", "name", "oid", "tid", "preferred_username", "email", "nonce", "ver" },
        });
    }

    public static IResult InstanceDiscovery(HttpContext context)
    {
        var host = context.Request.Host.ToString();
        return Results.Json(new Dictionary<string, object>
        {
            ["tenant_discovery_endpoint"] = $"{context.Request.Scheme}://{host}/common/v2.0/.well-known/openid-configuration",
            ["api-version"] = "1.1",
            ["metadata"] = new[] { new { preferred_network = host, preferred_cache = host, aliases = new[] { host } } },
        });
    }
}
