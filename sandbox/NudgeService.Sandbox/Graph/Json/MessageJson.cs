using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph.Json;

/// <summary>microsoft.graph.message as the sandbox serves it: headers always, a body only to Mail.Read holders.</summary>
public static class MessageJson
{
    public static readonly EntityShape Shape = EntityShape.Of("message",
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "importance", "parentFolderId", "conversationId",
        "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead", "isDraft", "webLink", "inferenceClassification",
        "sender", "from", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "body", "bodyPreview", "internetMessageHeaders");

    /// <param name="canReadBody">Mail.Read or more: bodies and internet headers. Nothing confirms that Mail.ReadBasic reads internetMessageHeaders, so without Mail.Read they are left out as if absent.</param>
    /// <param name="immutableId">The client asked for ids that survive moves (Prefer: IdType="ImmutableId").</param>
    public static void Write(Utf8JsonWriter writer, Mailbox mailbox, MailMessage message, IReadOnlySet<string>? select, bool canReadBody, bool inDelta, string webBase, bool immutableId = false)
    {
        var json = new EntityJson(writer, select);
        var id = mailbox.FormatId(ItemKinds.Message, immutableId ? message.ImmutableNumber : message.Number);
        var changeKey = EntityJson.ChangeKey(id);
        writer.WriteStartObject();
        json.Annotations("message", changeKey, inDelta);
        json.Instant("createdDateTime", message.ReceivedAt);
        json.Instant("lastModifiedDateTime", message.ReceivedAt);
        json.String("changeKey", changeKey);
        json.Strings("categories", []);
        json.Instant("receivedDateTime", message.ReceivedAt);
        json.Instant("sentDateTime", message.SentAt);
        json.Bool("hasAttachments", false);
        json.String("internetMessageId", $"<{message.Number:x}.{mailbox.Key[..8]}@{message.Sender.Domain}>");
        json.String("subject", message.Subject);
        if (canReadBody && message.Body is { } body)
        {
            json.String("bodyPreview", body.Content.Length > 255 ? body.Content[..255] : body.Content);
            if (json.Wants("body"))
            {
                writer.WriteStartObject("body");
                writer.WriteString("contentType", body.ContentType);
                writer.WriteString("content", body.Content);
                writer.WriteEndObject();
            }
        }
        json.String("importance", "normal");
        json.String("parentFolderId", mailbox.FormatId(ItemKinds.Folder, (long)message.Folder));
        json.String("conversationId", mailbox.FormatId(ItemKinds.Conversation, message.ConversationNumber));
        json.Bool("isDeliveryReceiptRequested", false);
        json.Bool("isReadReceiptRequested", false);
        json.Bool("isRead", message.Folder != MailFolder.Inbox || message.ReceivedAt < mailbox.Seed.Now);
        json.Bool("isDraft", message.IsDraft);
        json.String("webLink", WebLink(webBase, id));
        json.String("inferenceClassification", message.InferenceClassification);
        json.Recipient("sender", message.Sender);
        json.Recipient("from", message.From);
        json.Recipients("toRecipients", message.To);
        json.Recipients("ccRecipients", message.Cc);
        json.Recipients("bccRecipients", []);
        json.Recipients("replyTo", []);
        // Graph returns internet headers only when they are asked for by name.
        if (canReadBody && select?.Contains("internetMessageHeaders") == true)
        {
            writer.WriteStartArray("internetMessageHeaders");
            foreach (var (name, value) in message.Headers)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WriteString("value", value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }

    /// <summary>Where "open in Outlook" leads: the sandbox's own read/edit page for the item.</summary>
    public static string WebLink(string webBase, string id) =>
        $"{webBase}/owa/?ItemID={Uri.EscapeDataString(id)}&exvsurl=1&viewmodel=ReadMessageItem";
}
