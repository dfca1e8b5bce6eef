using System.Text.Json;
using NudgeService.Sandbox.Graph.Json;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>POST /me/sendMail (202, filed in Sent Items later) and POST /me/messages (a draft with a webLink).</summary>
public static class SendingHandler
{
    public static GraphResponse SendMail(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("Mail.Send")) return GraphErrors.AccessDenied("Mail.Send");
        if (ReadBody(request) is not { } body) return GraphErrors.BadRequest("The request body is not valid JSON.");
        // Action parameters are case-insensitive in Graph; the .NET SDK sends them as "Message" and "SaveToSentItems".
        if (!TryGetParameter(body, "message", out var messageElement)) return GraphErrors.Create(400, "ErrorInvalidRequest", "Missing required property 'message'.");
        var (message, error) = OutgoingMessage.Parse(messageElement, requireRecipients: true);
        if (error is not null) return error;
        var save = !TryGetParameter(body, "saveToSentItems", out var saveElement) || saveElement.ValueKind != JsonValueKind.False;
        // The 202 is given before the message is filed: Sent Items shows it later, or never.
        request.Mailbox.Send(message!.Subject, message.Body, message.To, message.Cc, save ? request.Faults.SentItemsDelay : null);
        return GraphResponse.Empty(202);
    }

    public static GraphResponse CreateDraft(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("Mail.ReadWrite")) return GraphErrors.AccessDenied("Mail.ReadWrite");
        if (ReadBody(request) is not { } body) return GraphErrors.BadRequest("The request body is not valid JSON.");
        var (message, error) = OutgoingMessage.Parse(body, requireRecipients: false);
        if (error is not null) return error;
        var now = request.Mailbox.Clock.Now;
        var owner = request.Mailbox.Owner.AsPerson;
        var draft = request.Mailbox.AddMessage(number => new MailMessage
        {
            Number = number,
            Folder = MailFolder.Drafts,
            ReceivedAt = now,
            SentAt = now,
            From = owner,
            Sender = owner,
            To = message!.To,
            Cc = message.Cc,
            Subject = message.Subject,
            ConversationNumber = 1_000_000_000 + number,
            Body = message.Body,
            IsDraft = true,
        });
        return SingleEntity.Write(writer => MessageJson.Write(writer, request.Mailbox, draft, null, true, false, MessagesHandler.WebBase(request)), 201);
    }

    private static bool TryGetParameter(JsonElement body, string name, out JsonElement value)
    {
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static JsonElement? ReadBody(GraphRequest request)
    {
        if (request.Body is null || request.Body.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
