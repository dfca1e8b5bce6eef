using System.Buffers;
using System.Text.Json;

namespace NudgeService.Sandbox.Graph;

/// <summary>Writes a collection response: @odata.context, value, and a nextLink or deltaLink.</summary>
public static class CollectionPage
{
    public static GraphResponse Write(string context, Action<Utf8JsonWriter> writeItems, string? nextLink, string? deltaLink, IReadOnlyDictionary<string, string> headers)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", context);
            if (nextLink is not null) writer.WriteString("@odata.nextLink", nextLink);
            if (deltaLink is not null) writer.WriteString("@odata.deltaLink", deltaLink);
            writer.WriteStartArray("value");
            writeItems(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return GraphResponse.Json(buffer.WrittenSpan.ToArray(), headers: headers);
    }

    public static void WriteRemoved(Utf8JsonWriter writer, string typeName, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("@odata.type", "#microsoft.graph." + typeName);
        writer.WriteString("id", id);
        writer.WriteStartObject("@removed");
        writer.WriteString("reason", "deleted");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static string Link(string serviceRoot, string path, string parameter, string value) =>
        $"{serviceRoot}/{path}?{parameter}={value}";

    /// <summary>The next page of a plain (non-delta) list: the same query with $skip moved on.</summary>
    public static string SkipLink(GraphRequest request, string path, int skip)
    {
        var query = request.Query.Where(pair => pair.Key != "$skip").Append(new("$skip", skip.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"{request.ServiceRoot}/{path}?" + string.Join('&', query.Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value)}"));
    }
}
