using System.Collections.Concurrent;
using Azure.Security.KeyVault.Secrets;

namespace NudgeService.Infrastructure.DataProtection;

/// <summary>
/// The key-encryption key as a Key Vault secret (base64 of 32 bytes), read with the app's managed
/// identity. Each encrypted entry names the secret version it used, so rotating is writing a new
/// version: new entries take it, older ones still open with theirs.
/// </summary>
public sealed class KeyVaultKeyEncryptionKeys(SecretClient secrets, string secretName) : IKeyEncryptionKeys
{
    private readonly ConcurrentDictionary<string, KeyEncryptionKey> versions = new(StringComparer.Ordinal);

    public KeyEncryptionKey Current()
    {
        var secret = secrets.GetSecret(secretName).Value;
        return versions.GetOrAdd(secret.Properties.Version, version => Read(version, secret.Value));
    }

    public KeyEncryptionKey Find(string id) =>
        versions.GetOrAdd(id, version => Read(version, secrets.GetSecret(secretName, version).Value.Value));

    private KeyEncryptionKey Read(string version, string value)
    {
        var key = SettingsKeyEncryptionKey.Decode(value, $"Key Vault secret {secretName}");
        return new KeyEncryptionKey(version, key);
    }
}
