using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace NudgeService.Sandbox.SendGrid.Events;

/// <summary>
/// Posts events to the configured Event Webhook, signed with the account's key, as SendGrid does:
/// "processed" then "delivered" for every accepted message, in the background and batched, and any
/// event asked for through the admin API at once. Posts that fail are not retried.
/// </summary>
public sealed class EventWebhookPoster(EventWebhookSettings settings, EventWebhookKeys keys, TimeProvider time) : BackgroundService
{
    private readonly Channel<SentMessage> accepted = Channel.CreateUnbounded<SentMessage>();
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Lock gate = new();
    private readonly List<WebhookPost> posts = [];

    public void Accepted(SentMessage message)
    {
        if (settings.Url is not null) accepted.Writer.TryWrite(message);
    }

    /// <summary>Signs and posts the event for every recipient of the message now; null when no webhook URL is set.</summary>
    public async Task<WebhookPost?> PostAsync(SentMessage message, MailEventRequest request, CancellationToken cancellationToken)
    {
        if (settings.Url is not { } url) return null;
        var at = request.SignedAt ?? time.GetUtcNow();
        return await PostAsync(url, MailEventFactory.For(message, request.Event, request.Type, at), at, cancellationToken);
    }

    public IReadOnlyList<WebhookPost> Posts()
    {
        lock (gate) return posts.ToList();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in accepted.Reader.ReadAllAsync(stoppingToken))
            {
                if (settings.Url is not { } url) continue;
                var now = time.GetUtcNow();
                var batch = MailEventFactory.For(message, "processed", null, now);
                foreach (var delivered in MailEventFactory.For(message, "delivered", null, now)) batch.Add(delivered!.DeepClone());
                await PostAsync(url, batch, now, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<WebhookPost> PostAsync(Uri url, JsonArray events, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(events.ToJsonString());
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = keys.Sign(timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signature);
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        int status;
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }
        var post = new WebhookPost(timestamp, signature, Encoding.UTF8.GetString(body), status);
        lock (gate) posts.Add(post);
        return post;
    }

    public override void Dispose()
    {
        client.Dispose();
        base.Dispose();
    }
}
