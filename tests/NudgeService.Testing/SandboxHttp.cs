using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Testing;

/// <summary>HTTP clients that trust exactly the sandbox's self-signed certificate, for MSAL and for plain calls.</summary>
public sealed class SandboxHttp(X509Certificate2 certificate) : IMsalHttpClientFactory
{
    private readonly HttpClient client = new(SandboxCertificate.TrustingHandler(certificate, allowRedirects: true));

    public HttpClient GetHttpClient() => client;

    public HttpClient CreateClient(bool allowRedirects) => new(SandboxCertificate.TrustingHandler(certificate, allowRedirects));
}
