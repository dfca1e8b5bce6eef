using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace NudgeService.Sandbox.Graph;

/// <summary>POST /$batch: up to 20 requests, each authenticated as the batch and answered on its own (faults included).</summary>
public static class BatchHandler
{
    public const int MaxRequests = 20;

    public static async Task<GraphResponse> HandleAsync(GraphRequest batch, Func<GraphRequest, Task<GraphResponse>> call)
    {
        JsonElement requests;
        try
        {
            using var document = JsonDocument.Parse(batch.Body ?? []);
            if (!document.RootElement.TryGetProperty("requests", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return GraphErrors.BadRequest("Invalid batch payload: a 'requests' array is required.");
            }
            requests = list.Clone();
        }
        catch (JsonException)
        {
            return GraphErrors.BadRequest("Invalid batch payload: the body is not valid JSON.");
        }
        if (requests.GetArrayLength() > MaxRequests) return GraphErrors.BadRequest($"The number of batch requests exceeds {MaxRequests}.");

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("responses");
            foreach (var item in requests.EnumerateArray())
            {
                var id = item.TryGetProperty("id", out var idElement) ? idElement.ToString() : "";
                var response = ParseRequest(batch, item) is { } request ? await call(request) : GraphErrors.BadRequest("Each batch request needs an id, a method and a relative url.");
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteNumber("status", response.Status);
                writer.WriteStartObject("headers");
                foreach (var (name, value) in response.Headers) writer.WriteString(name, value);
                if (response.Body is not null) writer.WriteString("Content-Type", "application/json");
                writer.WriteEndObject();
                if (response.Body is not null)
                {
                    writer.WritePropertyName("body");
                    writer.WriteRawValue(response.Body);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return GraphResponse.Json(buffer.WrittenSpan.ToArray());
    }

    private static GraphRequest? ParseRequest(GraphRequest batch, JsonElement item)
    {
        if (!item.TryGetProperty("method", out var method) || !item.TryGetProperty("url", out var urlElement) || urlElement.GetString() is not { } url) return null;
        var queryStart = url.IndexOf('?');
        var path = queryStart < 0 ? url : url[..queryStart];
        var query = queryStart < 0
            ? new Dictionary<string, string>()
            : QueryHelpers.ParseQuery(url[queryStart..]).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string? prefer = null;
        if (item.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object)
        {
            prefer = headers.EnumerateObject().FirstOrDefault(header => header.NameEquals("Prefer") || header.NameEquals("prefer")).Value.ToString();
            if (prefer == "") prefer = null;
        }
        var body = item.TryGetProperty("body", out var bodyElement) ? JsonSerializer.SerializeToUtf8Bytes(bodyElement) : null;
        return batch with
        {
            Method = method.GetString() ?? "GET",
            Segments = GraphRouter.Segments(path),
            Query = query,
            Prefer = prefer,
            Body = body,
        };
    }
}
