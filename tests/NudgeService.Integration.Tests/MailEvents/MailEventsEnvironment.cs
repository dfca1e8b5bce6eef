using System.Net.Http.Json;
using NudgeService.Sandbox.SendGrid;
using NudgeService.Sandbox.SendGrid.Events;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.MailEvents;

[CollectionDefinition(Name)]
public sealed class MailEventsEnvironment : ICollectionFixture<ServiceEnvironment>
{
    public const string Name = "mail-events";
}

/// <summary>The sandbox's SendGrid admin API for events, over HTTP.</summary>
internal static class SandboxMailEvents
{
    /// <summary>Has the sandbox sign and post the event for that accepted message to the Event Webhook, and returns the post with NudgeService's answer.</summary>
    public static async Task<WebhookPost> ReportAsync(this ServiceEnvironment environment, SentMessage message, string kind, string? type = null, DateTimeOffset? signedAt = null)
    {
        using var client = new HttpClient { BaseAddress = environment.Sandbox.BaseUrl };
        var response = await client.PostAsJsonAsync($"sandbox/sendgrid/messages/{message.Id}/events", new MailEventRequest(kind, type, signedAt));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WebhookPost>())!;
    }

    /// <summary>Posts a body with the given signature headers to NudgeService's webhook, as anyone on the internet could.</summary>
    public static async Task<int> PostAsync(this ServiceEnvironment environment, string body, string? signature, string? timestamp)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(environment.Web.BaseUrl, "api/sendgrid/events")) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signature);
        if (timestamp is not null) request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
