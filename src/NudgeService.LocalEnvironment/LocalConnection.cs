using NudgeService.Application.Web;
using System.Security.Cryptography.X509Certificates;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.LocalEnvironment;

/// <summary>Connects a sandbox mailbox's account through the real pages, as a person clicking "Connect" would.</summary>
public static class LocalConnection
{
    public static async Task<string> ConnectAsync(Uri webBaseUrl, Mailbox mailbox, X509Certificate2 sandboxCertificate, CancellationToken cancellationToken)
    {
        // The sign-in returns from HTTPS to the local HTTP callback, a hop HttpClient will not follow by itself.
        using var browser = new HttpClient(SandboxCertificate.TrustingHandler(sandboxCertificate, allowRedirects: false));
        var language = mailbox.Owner.Locale[..2];
        var url = new Uri(webBaseUrl, $"{Routes.PathOf(Routes.Connect)}?lang={language}&hint={Uri.EscapeDataString(mailbox.Owner.Address)}");
        for (var hop = 0; hop < 5; hop++)
        {
            using var response = await browser.GetAsync(url, cancellationToken);
            if (response.Headers.Location is { } next)
            {
                url = next;
                continue;
            }
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Connecting {mailbox.Owner.Address} ended with HTTP {(int)response.StatusCode}.");
            return url.GetLeftPart(UriPartial.Path);
        }
        throw new InvalidOperationException($"Connecting {mailbox.Owner.Address} redirected too many times.");
    }
}
