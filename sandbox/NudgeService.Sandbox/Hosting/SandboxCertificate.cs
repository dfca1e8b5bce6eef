using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NudgeService.Sandbox.Hosting;

/// <summary>The self-signed certificate of the sandbox's HTTPS endpoints, made fresh at every start.</summary>
public static class SandboxCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Outlook sandbox", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        // Kestrel on Linux needs the key in an exportable, loaded form; a PKCS#12 round trip gives that.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    public static string ToPem(X509Certificate2 certificate) => certificate.ExportCertificatePem();

    /// <summary>A client handler that trusts exactly this certificate, as local tools and tests must.</summary>
    public static HttpClientHandler TrustingHandler(X509Certificate2 certificate, bool allowRedirects) => new()
    {
        AllowAutoRedirect = allowRedirects,
        ServerCertificateCustomValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
    };
}
