using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace NudgeService.Infrastructure.DataProtection;

/// <summary>Opens what <see cref="AesGcmXmlEncryptor"/> wrote; Data Protection creates it by type, with the app's services.</summary>
public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        if (encryptedElement.Name != AesGcmXmlEncryptor.Element) throw new CryptographicException($"Expected a {AesGcmXmlEncryptor.Element} element.");
        var keyId = (string?)encryptedElement.Attribute(AesGcmXmlEncryptor.KeyAttribute) ?? throw new CryptographicException("The key-ring entry names no key-encryption key.");
        var key = services.GetRequiredService<IKeyEncryptionKeys>().Find(keyId);
        var nonce = Part(encryptedElement, "nonce");
        var tag = Part(encryptedElement, "tag");
        var ciphertext = Part(encryptedElement, "value");
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key.Key, AesGcmXmlEncryptor.TagBytes))
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext, Encoding.UTF8.GetBytes(key.Id));
        }
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] Part(XElement encrypted, string name) =>
        Convert.FromBase64String((string?)encrypted.Element(name) ?? throw new CryptographicException($"The key-ring entry has no {name}."));
}
