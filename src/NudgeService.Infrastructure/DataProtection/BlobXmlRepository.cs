using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace NudgeService.Infrastructure.DataProtection;

/// <summary>
/// Keeps the data-protection key ring in a blob container, outside any one instance, so that every
/// instance (and every restart) can decrypt what another encrypted. One blob per key.
/// </summary>
public sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    private readonly Lazy<bool> created = new(() =>
    {
        container.CreateIfNotExists();
        return true;
    });

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = created.Value;
        var elements = new List<XElement>();
        foreach (var blob in container.GetBlobs())
        {
            using var stream = container.GetBlobClient(blob.Name).OpenRead();
            elements.Add(XElement.Load(stream));
        }
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        _ = created.Value;
        container.GetBlobClient($"{friendlyName}.xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: true);
    }
}
