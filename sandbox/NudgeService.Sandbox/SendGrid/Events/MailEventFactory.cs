using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace NudgeService.Sandbox.SendGrid.Events;

/// <summary>Events for an accepted message, one per recipient, in the shape of SendGrid's Event Webhook: custom arguments at the top level.</summary>
internal static class MailEventFactory
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "processed", "delivered", "bounce", "dropped", "spamreport" };

    public static JsonArray For(SentMessage message, string kind, string? bounceType, DateTimeOffset at)
    {
        var events = new JsonArray();
        foreach (var (index, personalization) in message.Personalizations.Index())
        {
            foreach (var recipient in personalization.To.Concat(personalization.Cc).Concat(personalization.Bcc))
            {
                var item = new JsonObject
                {
                    ["email"] = recipient.Email,
                    ["timestamp"] = at.ToUnixTimeSeconds(),
                    ["smtp-id"] = $"<{message.Id}@sandbox.sendgrid.net>",
                    ["event"] = kind,
                    ["sg_event_id"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
                    ["sg_message_id"] = $"{message.Id}.sandbox-filter-0-{index}",
                };
                // SendGrid sends one category as a string and several as an array.
                if (message.Categories.Count == 1) item["category"] = message.Categories[0];
                else if (message.Categories.Count > 1) item["category"] = new JsonArray([.. message.Categories.Select(category => (JsonNode)category)]);
                foreach (var (name, value) in message.CustomArgsFor(personalization)) item.TryAdd(name, value);
                Describe(item, kind, bounceType);
                events.Add(item);
            }
        }
        return events;
    }

    private static void Describe(JsonObject item, string kind, string? bounceType)
    {
        switch (kind)
        {
            case "delivered":
                item["response"] = "250 2.0.0 OK";
                break;
            case "bounce" when bounceType == "blocked":
                item["type"] = "blocked";
                item["status"] = "5.7.1";
                item["reason"] = "550 5.7.1 Message rejected due to local policy";
                item["bounce_classification"] = "Reputation";
                break;
            case "bounce":
                item["type"] = "bounce";
                item["status"] = "5.1.1";
                item["reason"] = "550 5.1.1 The email account that you tried to reach does not exist";
                item["bounce_classification"] = "Invalid Address";
                break;
            case "dropped":
                item["reason"] = "Bounced Address";
                item["status"] = "5.0.0";
                break;
        }
    }
}
