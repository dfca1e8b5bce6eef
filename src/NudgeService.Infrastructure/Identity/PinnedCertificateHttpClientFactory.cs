using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace NudgeService.Infrastructure.Identity;

/// <summary>
/// MSAL's HTTP client. When a certificate is configured (the local sandbox's self-signed one), it
/// trusts exactly that certificate; otherwise the platform's normal validation applies.
/// </summary>
internal sealed class PinnedCertificateHttpClientFactory : IMsalHttpClientFactory
{
    private readonly HttpClient client;

    public PinnedCertificateHttpClientFactory(string? trustedCertificatePath)
    {
        var handler = new HttpClientHandler();
        if (!string.IsNullOrEmpty(trustedCertificatePath))
        {
            var trusted = X509Certificate2.CreateFromPem(File.ReadAllText(trustedCertificatePath));
            handler.ServerCertificateCustomValidationCallback = (_, presented, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || (presented is not null && presented.RawData.AsSpan().SequenceEqual(trusted.RawData));
        }
        client = new HttpClient(handler);
    }

    public HttpClient GetHttpClient() => client;
}
