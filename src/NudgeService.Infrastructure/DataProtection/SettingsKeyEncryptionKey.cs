using System.Security.Cryptography;

namespace NudgeService.Infrastructure.DataProtection;

/// <summary>
/// Local runs: the key-encryption key from the settings. Its id is a fingerprint of the key, so a
/// key ring written under another key fails with a clear message instead of a bare tag mismatch.
/// </summary>
public sealed class SettingsKeyEncryptionKey : IKeyEncryptionKeys
{
    private readonly KeyEncryptionKey key;

    public SettingsKeyEncryptionKey(string base64)
    {
        var bytes = Decode(base64, "Nudge:KeyRing:LocalKey");
        key = new KeyEncryptionKey("local-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16], bytes);
    }

    public KeyEncryptionKey Current() => key;

    public KeyEncryptionKey Find(string id) => id == key.Id
        ? key
        : throw new CryptographicException($"This key-ring entry was encrypted under key {id}, not under the configured Nudge:KeyRing:LocalKey ({key.Id}).");

    public static bool IsUsable(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64).Length == 32;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static byte[] Decode(string base64, string source) =>
        IsUsable(base64) ? Convert.FromBase64String(base64) : throw new CryptographicException($"{source} must be base64 of 32 bytes.");
}
