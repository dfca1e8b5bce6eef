using NudgeService.Application.Web;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.MailEvents;
using NudgeService.Sandbox.SendGrid.Events;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.LocalEnvironment;

/// <summary>NudgeService's configuration for a local run: the production keys, pointed at Azurite and the sandbox.</summary>
public static class LocalSettings
{
    public static IReadOnlyDictionary<string, string?> For(SandboxServer sandbox, string storageConnectionString, Uri webBaseUrl, string certificatePath)
    {
        var publicBaseUrl = webBaseUrl.ToString().TrimEnd('/');
        return new Dictionary<string, string?>
        {
            ["Nudge:PublicBaseUrl"] = publicBaseUrl,
            ["Nudge:Identity:Authority"] = sandbox.Authority.ToString().TrimEnd('/'),
            ["Nudge:Identity:ClientId"] = sandbox.Options.ClientId,
            ["Nudge:Identity:ClientSecret"] = sandbox.Options.ClientSecret,
            ["Nudge:Identity:RedirectUri"] = $"{publicBaseUrl}/api/auth/callback",
            ["Nudge:Identity:GraphBaseUrl"] = sandbox.GraphUrl.ToString(),
            ["Nudge:Identity:TrustedCertificatePath"] = certificatePath,
            ["Nudge:Storage:ConnectionString"] = storageConnectionString,
            ["Nudge:SendGrid:ApiKey"] = sandbox.Options.SendGridApiKey,
            ["Nudge:SendGrid:BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["Nudge:SendGrid:SenderAddress"] = "digest@nudge.example",
            ["Nudge:SendGrid:UnsubscribeMailbox"] = "unsubscribe@nudge.example",
            ["Nudge:SendGrid:EventWebhookPublicKey"] = sandbox.Services.GetRequiredService<EventWebhookKeys>().PublicKey,
            // A fresh key per local run: links from an earlier run's emails stop working, as they would after a rotation that dropped the old key.
            ["Nudge:Links:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            // Azurite's key ring lives as long as the run, and so does the key that encrypts it.
            ["Nudge:KeyRing:LocalKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
    }

    /// <summary>Points the sandbox's Event Webhook at the local endpoints, as an operator points SendGrid's at the Function App.</summary>
    public static void PostMailEventsTo(SandboxServer sandbox, Uri webBaseUrl) =>
        sandbox.Services.GetRequiredService<EventWebhookSettings>().Url = new Uri(webBaseUrl, Routes.PathOf(Routes.MailEvents));
}
