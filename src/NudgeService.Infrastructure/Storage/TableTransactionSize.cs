using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// What an entity weighs as Azure Table storage counts it on the wire, where its limits apply: an
/// entity group transaction under 4 MiB of request body, an entity under 1 MiB, a property under
/// 64 KiB. Azurite checks none of them. Entities travel as OData JSON in UTF-8, binary properties
/// as base64 with a type annotation, each operation inside its own MIME part with its request line
/// and headers.
/// </summary>
internal static class TableTransactionSize
{
    public const long MaxTransactionBytes = 4 * 1024 * 1024;
    public const long MaxEntityBytes = 1024 * 1024;
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxOperations = 100;

    /// <summary>The batch's own boundaries, changeset header and closing lines, with room to spare.</summary>
    public const int EnvelopeBytes = 1024;

    /// <summary>A MIME part's boundary, headers and request line without the keys in its address.</summary>
    private const int OperationFramingBytes = 512;

    /// <summary>The bytes one operation adds to a transaction's body: its framing, its address (keys escaped, three bytes a character at worst) and its JSON.</summary>
    /// <exception cref="ArgumentException">The entity breaks a limit of the service on its own; no transaction could carry it.</exception>
    public static long OperationBytes(TableEntity entity)
    {
        var json = 2L;
        foreach (var (name, value) in entity)
        {
            if (value is null) continue;
            var (valueBytes, type) = ValueBytes(value);
            if (valueBytes > MaxPropertyBytes + 2) throw new ArgumentException($"Property {name} of {entity.RowKey} is {valueBytes:N0} bytes; a table property holds at most {MaxPropertyBytes:N0}.", nameof(entity));
            json += QuotedBytes(name) + 1 + valueBytes + 1;
            if (type is not null) json += QuotedBytes(name + "@odata.type") + 1 + QuotedBytes(type) + 1;
        }
        if (json > MaxEntityBytes) throw new ArgumentException($"Entity {entity.RowKey} is {json:N0} bytes; a table entity holds at most {MaxEntityBytes:N0}.", nameof(entity));
        return OperationFramingBytes + 3L * (Encoding.UTF8.GetByteCount(entity.PartitionKey) + Encoding.UTF8.GetByteCount(entity.RowKey)) + json;
    }

    private static (long Bytes, string? Type) ValueBytes(object value) => value switch
    {
        string text => (QuotedBytes(text), null),
        byte[] bytes => (2 + (bytes.Length + 2) / 3 * 4, "Edm.Binary"),
        BinaryData data => (2 + (data.ToMemory().Length + 2) / 3 * 4, "Edm.Binary"),
        DateTimeOffset or DateTime => (34, "Edm.DateTime"),
        Guid => (38, "Edm.Guid"),
        long => (22, "Edm.Int64"),
        _ => (24, null),
    };

    private static long QuotedBytes(string text) => JsonEncodedText.Encode(text).EncodedUtf8Bytes.Length + 2;
}
