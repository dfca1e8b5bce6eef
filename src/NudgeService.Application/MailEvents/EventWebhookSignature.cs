using System.Security.Cryptography;
using System.Text;

namespace NudgeService.Application.MailEvents;

/// <summary>
/// SendGrid's signed Event Webhook: an ECDSA P-256 signature, SHA-256, DER-encoded and base64, over
/// the timestamp header's text followed by the raw body, checked with the account's verification
/// key (base64 of the DER SubjectPublicKeyInfo, as SendGrid's settings show it).
/// </summary>
internal sealed class EventWebhookSignature
{
    private readonly byte[] publicKey;

    public EventWebhookSignature(string publicKeyBase64)
    {
        if (!IsUsable(publicKeyBase64)) throw new ArgumentException("The verification key is not base64 of a P-256 public key.", nameof(publicKeyBase64));
        publicKey = Convert.FromBase64String(publicKeyBase64);
    }

    public static bool IsUsable(string publicKeyBase64)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKeyBase64), out _);
            return key.KeySize == 256;
        }
        catch (Exception invalid) when (invalid is FormatException or CryptographicException)
        {
            return false;
        }
    }

    public bool Verifies(string timestamp, ReadOnlySpan<byte> body, string signatureBase64)
    {
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(signatureBase64);
        }
        catch (FormatException)
        {
            return false;
        }
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(publicKey, out _);
        return key.VerifyData(SignedBytes(timestamp, body), signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    public static byte[] SignedBytes(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return signed;
    }
}
