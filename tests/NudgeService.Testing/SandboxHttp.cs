using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace NudgeService.Testing;

/// <summary>HTTP clients that trust exactly the sandbox's self-signed certificate, for MSAL and for plain calls.</summary>
public sealed class SandboxHttp(X509Certificate2 certificate) : IMsalHttpClientFactory
{
    private readonly HttpClient client = new(CreateHandler(certificate, allowRedirects: true));

    public HttpClient GetHttpClient() => client;

    public HttpClient CreateClient(bool allowRedirects) => new(CreateHandler(certificate, allowRedirects));

    public static HttpClientHandler CreateHandler(X509Certificate2 certificate, bool allowRedirects) => new()
    {
        AllowAutoRedirect = allowRedirects,
        ServerCertificateCustomValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
    };
}
