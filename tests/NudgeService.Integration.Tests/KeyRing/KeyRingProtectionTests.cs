using System.Security.Cryptography;
using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Infrastructure;
using NudgeService.LocalEnvironment;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.KeyRing;

/// <summary>The data-protection key ring in its blob container is useless without the key-encryption key kept elsewhere.</summary>
public sealed class KeyRingProtectionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Purpose = "key-ring test";

    [Fact]
    public async Task Every_stored_entry_is_encrypted_and_no_master_key_lies_in_the_container()
    {
        var key = NewKey();
        using (var services = Services(key)) services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("a token cache");

        var entries = await EntriesAsync();

        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.DoesNotContain(entry.Descendants(), element => element.Name.LocalName == "masterKey");
            Assert.Single(entry.Descendants(), element => element.Name.LocalName == "aesGcmEncryptedKey");
        }
    }

    [Fact]
    public void Another_instance_with_the_same_key_encryption_key_reads_what_the_first_protected()
    {
        var key = NewKey();
        string sealedText;
        using (var first = Services(key)) sealedText = first.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("a token cache");

        using var second = Services(key);

        Assert.Equal("a token cache", second.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedText));
    }

    [Fact]
    public void Without_the_key_encryption_key_the_stored_key_ring_opens_nothing()
    {
        string sealedText;
        using (var first = Services(NewKey())) sealedText = first.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("a token cache");

        using var stranger = Services(NewKey());

        Assert.ThrowsAny<CryptographicException>(() => stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedText));
    }

    private ServiceProvider Services(string localKey) => LocalServices.Create(new Dictionary<string, string?>
    {
        ["Nudge:PublicBaseUrl"] = "http://127.0.0.1:1",
        ["Nudge:Identity:ClientId"] = "client",
        ["Nudge:Identity:ClientSecret"] = "secret",
        ["Nudge:Identity:RedirectUri"] = "http://127.0.0.1:1/api/auth/callback",
        ["Nudge:Storage:ConnectionString"] = azurite.ConnectionString,
        ["Nudge:SendGrid:ApiKey"] = "SG.test",
        ["Nudge:SendGrid:SenderAddress"] = "digest@nudge.example",
        ["Nudge:Links:SigningKey"] = NewKey(),
        ["Nudge:KeyRing:LocalKey"] = localKey,
    });

    private async Task<IReadOnlyList<XElement>> EntriesAsync()
    {
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(DependencyInjection.KeyRingContainer);
        var entries = new List<XElement>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            var content = await container.GetBlobClient(blob.Name).DownloadContentAsync();
            entries.Add(XElement.Parse(content.Value.Content.ToString()));
        }
        return entries;
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
