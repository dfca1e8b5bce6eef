using System.Buffers.Text;
using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>attachments: base64 content, a filename, a type and content id without CRLF, and an inline or attachment disposition.</summary>
internal static class AttachmentRules
{
    public static void Validate(JsonElement? attachments, ValidationErrors errors)
    {
        if (attachments is not { } value || !errors.HasType(value, "array", "attachments", "message.attachments")) return;
        var index = 0;
        foreach (var attachment in value.EnumerateArray())
        {
            var field = $"attachments.{index++}";
            if (!errors.HasType(attachment, "object", field, "message.attachments")) continue;
            Content(attachment, field + ".content", errors);
            Filename(attachment, field + ".filename", errors);
            Type(attachment, field + ".type", errors);
            Disposition(attachment, field + ".disposition", errors);
            ContentId(attachment, field + ".content_id", errors);
        }
    }

    private static void Content(JsonElement attachment, string field, ValidationErrors errors)
    {
        if (attachment.StringMember("content") is not { Length: > 0 } content)
        {
            errors.Add(field, "The attachment content must be a string at least one character in length.", "message.attachments.content");
        }
        else if (!Base64.IsValid(content))
        {
            errors.Add(field, "The attachment content must be base64 encoded.", "message.attachments.content");
        }
    }

    private static void Filename(JsonElement attachment, string field, ValidationErrors errors)
    {
        if (attachment.Member("filename") is not { } filename) errors.Add(field, "filename is required.", "message.attachments.filename");
        else if (filename.ValueKind != JsonValueKind.String) errors.Add(field, "The filename of your attachment must be a string.", "message.attachments.filename");
        else if (HasLineBreak(filename.GetString()!)) errors.Add(field, "The filename of your attachment cannot contain CRLF characters.", "message.attachments.filename");
    }

    private static void Type(JsonElement attachment, string field, ValidationErrors errors)
    {
        if (attachment.Member("type") is not { } type) return;
        if (type.ValueKind != JsonValueKind.String || type.GetString()!.Length == 0)
        {
            errors.Add(field, "The attachment type must be a string and at least one character in length.", "message.attachments.type");
        }
        else if (type.GetString()!.Contains(';') || HasLineBreak(type.GetString()!))
        {
            errors.Add(field, "The type cannot contain ';', or CRLF characters.", "message.attachments.type");
        }
    }

    private static void Disposition(JsonElement attachment, string field, ValidationErrors errors)
    {
        if (attachment.Member("disposition") is not { } disposition) return;
        var given = disposition.ValueKind == JsonValueKind.String ? disposition.GetString()! : disposition.GetRawText();
        if (given is not ("inline" or "attachment"))
        {
            errors.Add(field, $"The disposition of your attachment can be either \"inline\" or \"attachment\". You provided {given}.", "message.attachments.disposition");
        }
    }

    private static void ContentId(JsonElement attachment, string field, ValidationErrors errors)
    {
        if (attachment.Member("content_id") is not { } contentId) return;
        if (contentId.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, $"The content ID of your attachment must be a string. You provided {contentId.GetRawText()}.", "message.attachments.content_id");
        }
        else if (HasLineBreak(contentId.GetString()!))
        {
            errors.Add(field, "The content ID of your attachment cannot contain CRLF characters.", "message.attachments.content_id");
        }
    }

    private static bool HasLineBreak(string text) => text.IndexOfAny(['\r', '\n']) >= 0;
}
