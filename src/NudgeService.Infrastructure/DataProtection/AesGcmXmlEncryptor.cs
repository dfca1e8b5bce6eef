using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace NudgeService.Infrastructure.DataProtection;

/// <summary>
/// Encrypts each key-ring entry with AES-256-GCM under the key-encryption key before it is stored, so
/// that the blob container never holds a usable key: reading the ring takes the key held elsewhere.
/// The key's id is authenticated with the entry, so an entry cannot be passed off under another key.
/// </summary>
public sealed class AesGcmXmlEncryptor(IKeyEncryptionKeys keys) : IXmlEncryptor
{
    internal const string Element = "aesGcmEncryptedKey";
    internal const string KeyAttribute = "keyEncryptionKey";
    private const int NonceBytes = 12;
    internal const int TagBytes = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var key = keys.Current();
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagBytes];
        using (var aes = new AesGcm(key.Key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(key.Id));
        }
        CryptographicOperations.ZeroMemory(plaintext);
        var encrypted = new XElement(Element,
            new XAttribute(KeyAttribute, key.Id),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(encrypted, typeof(AesGcmXmlDecryptor));
    }
}
