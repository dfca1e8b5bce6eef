using System.Text.Json;
using System.Text.Json.Nodes;
using NudgeService.Sandbox.Hosting;
using SendGrid;
using SendGrid.Helpers.Reliability;

namespace NudgeService.Sandbox.Tests.SendGrid;

/// <summary>The real SendGrid client pointed at a sandbox, and readers for SendGrid's error bodies.</summary>
internal static class SandboxSendGrid
{
    public static SendGridClient CreateClient(SandboxServer sandbox, string? apiKey = null, ReliabilitySettings? reliability = null) => new(new SendGridClientOptions
    {
        ApiKey = apiKey ?? sandbox.Options.SendGridApiKey,
        Host = sandbox.BaseUrl.ToString(),
        ReliabilitySettings = reliability ?? new ReliabilitySettings(),
    });

    /// <summary>
    /// Posts a body exactly as given. SendGridMessage.Serialize puts text/plain first and drops nulls,
    /// so requests the API must reject are written by hand.
    /// </summary>
    public static Task<Response> SendRawAsync(this SendGridClient client, JsonNode body) =>
        client.RequestAsync(BaseClient.Method.POST, body.ToJsonString(), urlPath: "mail/send");

    public static async Task<IReadOnlyList<ErrorEntry>> ErrorsAsync(Response response)
    {
        using var body = JsonDocument.Parse(await response.Body.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors").EnumerateArray()
            .Select(error => new ErrorEntry(
                error.GetProperty("message").GetString()!,
                error.GetProperty("field").GetString(),
                error.TryGetProperty("help", out var help) ? help.GetString() : null))
            .ToList();
    }

    /// <summary>A message every test can start from: one recipient, a subject, plain text then HTML.</summary>
    public static JsonObject MinimalMessage() => new()
    {
        ["personalizations"] = new JsonArray(new JsonObject { ["to"] = new JsonArray(new JsonObject { ["email"] = "alice@contoso.example", ["name"] = "Alice Owner" }) }),
        ["from"] = new JsonObject { ["email"] = "digest@nudge.example", ["name"] = "Nudge" },
        ["subject"] = "Your week: 3 people are waiting for a reply",
        ["content"] = new JsonArray(
            new JsonObject { ["type"] = "text/plain", ["value"] = "3 people are waiting." },
            new JsonObject { ["type"] = "text/html", ["value"] = "<p>3 people are waiting.</p>" }),
    };

    public sealed record ErrorEntry(string Message, string? Field, string? Help);
}
