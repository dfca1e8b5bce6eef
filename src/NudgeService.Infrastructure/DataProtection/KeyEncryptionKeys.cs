namespace NudgeService.Infrastructure.DataProtection;

/// <summary>A 256-bit key that encrypts the data-protection key ring at rest, and the id that names it in each encrypted key.</summary>
public sealed record KeyEncryptionKey(string Id, byte[] Key);

/// <summary>Where the key-encryption key lives: a Key Vault secret in Azure, a setting locally.</summary>
public interface IKeyEncryptionKeys
{
    /// <summary>The key new key-ring entries are encrypted with.</summary>
    KeyEncryptionKey Current();

    /// <summary>The key an entry names; throws when it is not available any more.</summary>
    KeyEncryptionKey Find(string id);
}
