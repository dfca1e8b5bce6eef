using System.Buffers.Text;
using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>
/// attachments: base64 content, a filename, a type and content id without CRLF, and an inline or
/// attachment disposition. SendGrid documents the content id as what an inline image is shown by
/// and is silent on inline parts without one, or with one the HTML never shows: the sandbox refuses
/// those, and inline parts that are not images, because a mail client would show them as loose files.
/// </summary>
internal static class AttachmentRules
{
    public static void Validate(JsonElement? attachments, string? html, ValidationErrors errors)
    {
        if (attachments is not { } value || !errors.HasType(value, "array", "attachments", "message.attachments")) return;
        var index = 0;
        var contentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attachment in value.EnumerateArray())
        {
            var field = $"attachments.{index++}";
            if (!errors.HasType(attachment, "object", field, "message.attachments")) continue;
            Content(attachment, field + ".content", errors);
            Filename(attachment, field + ".filename", errors);
            Type(attachment, field + ".type", errors);
            Disposition(attachment, field + ".disposition", errors);
            ContentId(attachment, field + ".content_id", errors);
            if (attachment.StringMember("disposition") == "inline") Inline(attachment, field, html, contentIds, errors);
        }
    }

    private static void Inline(JsonElement attachment, string field, string? html, HashSet<string> contentIds, ValidationErrors errors)
    {
        if (attachment.StringMember("type") is not { } type || !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(field + ".type", "An inline attachment must be an image with its type given (image/png, image/jpeg, image/gif).", "message.attachments.type");
        }
        if (attachment.StringMember("content_id") is not { Length: > 0 } contentId)
        {
            errors.Add(field + ".content_id", "An inline attachment must have a content_id, which the HTML content shows as cid:{content_id}.", "message.attachments.content_id");
            return;
        }
        if (!contentIds.Add(contentId))
        {
            errors.Add(field + ".content_id", $"The content ID {contentId} is used by more than one attachment.", "message.attachments.content_id");
        }
        if (html is null || !html.Contains("cid:" + contentId, StringComparison.Ordinal))
        {
            errors.Add(field + ".content_id", $"The inline attachment {contentId} is not shown by the text/html content (no cid:{contentId}).", "message.attachments.content_id");
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
