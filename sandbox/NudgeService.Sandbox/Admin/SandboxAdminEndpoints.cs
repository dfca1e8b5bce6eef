using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;

namespace NudgeService.Sandbox.Admin;

/// <summary>Sandbox-wide settings: how consent is answered, and the certificate clients must trust.</summary>
internal static class SandboxAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sandbox/consent", (ConsentSettings consent) => Results.Ok(Describe(consent)));
        endpoints.MapPut("/sandbox/consent", (ConsentRequest request, ConsentSettings consent) =>
        {
            if (!Enum.TryParse<ConsentMode>(request.Mode, ignoreCase: true, out var mode)) return Admin.BadRequest("mode must be Page, AutoAccept or AutoDeny.");
            var userConsent = UserConsentPolicy.Allowed;
            if (request.UserConsent is not null && !Enum.TryParse(request.UserConsent, ignoreCase: true, out userConsent))
            {
                return Admin.BadRequest("userConsent must be Allowed, VerifiedPublishersOnly or AdminOnly.");
            }
            var declined = request.DeclinedScopes ?? [];
            var unknown = declined.FirstOrDefault(scope => GraphScopes.Canonical(scope) is null);
            if (unknown is not null) return Admin.BadRequest($"Unknown scope '{unknown}'.");
            consent.Mode = mode;
            consent.DeclinedScopes = declined.Select(scope => GraphScopes.Canonical(scope)!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            consent.UserConsent = userConsent;
            consent.Administrators = (request.Administrators ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return Results.Ok(Describe(consent));
        }).DisableAntiforgery();
        endpoints.MapGet("/sandbox/certificate", (X509Certificate2 certificate) =>
            Results.Text(SandboxCertificate.ToPem(certificate), "application/x-pem-file"));
    }

    private static object Describe(ConsentSettings consent) => new
    {
        mode = consent.Mode.ToString(),
        declinedScopes = consent.DeclinedScopes,
        userConsent = consent.UserConsent.ToString(),
        administrators = consent.Administrators,
    };
}
