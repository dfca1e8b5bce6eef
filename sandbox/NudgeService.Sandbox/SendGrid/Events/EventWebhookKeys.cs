using System.Security.Cryptography;
using System.Text;

namespace NudgeService.Sandbox.SendGrid.Events;

/// <summary>
/// The sandbox account's Event Webhook key pair, made at start like SendGrid makes one when signing is
/// turned on: ECDSA P-256, signatures over timestamp + body with SHA-256, DER-encoded, base64.
/// </summary>
public sealed class EventWebhookKeys : IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>Base64 of the DER SubjectPublicKeyInfo, as SendGrid's settings give the verification key.</summary>
    public string PublicKey => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    public string Sign(string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToBase64String(key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    public void Dispose() => key.Dispose();
}
