using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>
/// Checks a v3 mail-send request the way SendGrid does, following its published list of Mail Send
/// errors, and returns every problem found (none when the request would be accepted).
/// </summary>
internal static class MailSendValidator
{
    public static IReadOnlyList<SendGridError> Validate(JsonElement request, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var globalCustomArgs = CustomArgRules.Validate(request.Member("custom_args"), "custom_args", "message.custom_args", errors);
        var everyPersonalizationHasSubject = PersonalizationRules.Validate(request, globalCustomArgs, now, errors);
        Sender(request, errors);
        Subject(request, everyPersonalizationHasSubject, errors);
        ContentRules.Validate(request, errors);
        HeaderRules.Validate(request.Member("headers"), "headers", "message.headers", errors);
        CategoryRules.Validate(request.Member("categories"), errors);
        SendAtRules.Validate(request.Member("send_at"), "send_at", "message.send_at", now, errors);
        AttachmentRules.Validate(request.Member("attachments"), HtmlContent(request), errors);
        SettingsRules.Validate(request, errors);
        Identifiers(request, errors);
        return errors.All;
    }

    private static string? HtmlContent(JsonElement request) =>
        request.Member("content") is { ValueKind: JsonValueKind.Array } content
            ? content.EnumerateArray().Where(block => block.ValueKind == JsonValueKind.Object && block.StringMember("type") == ContentRules.Html).Select(block => block.StringMember("value")).FirstOrDefault()
            : null;

    private static void Sender(JsonElement request, ValidationErrors errors)
    {
        if (request.Member("from") is { } from) AddressRules.Check(from, "from", AddressKind.From, errors);
        else errors.Add("from.email", AddressKind.From.MissingMessage, AddressKind.From.HelpAnchor);

        if (request.Member("reply_to") is { } replyTo) AddressRules.Check(replyTo, "reply_to", AddressKind.ReplyTo, errors);
        if (request.Member("reply_to_list") is { } replyToList && errors.HasType(replyToList, "array", "reply_to_list", "message.reply_to_list"))
        {
            var index = 0;
            foreach (var address in replyToList.EnumerateArray()) AddressRules.Check(address, $"reply_to_list.{index++}", AddressKind.ReplyTo, errors);
        }
    }

    private static void Subject(JsonElement request, bool everyPersonalizationHasSubject, ValidationErrors errors)
    {
        if (request.Member("subject") is { } subject)
        {
            if (subject.ValueKind != JsonValueKind.String || subject.GetString()!.Length == 0)
            {
                errors.Add("subject", "The subject of your email must be a string at least one character in length.", "message.subject");
            }
        }
        else if (!everyPersonalizationHasSubject && request.Member("template_id") is null)
        {
            errors.Add("subject", "The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.",
                "message.subject");
        }
    }

    private static void Identifiers(JsonElement request, ValidationErrors errors)
    {
        if (request.Member("template_id") is { ValueKind: not JsonValueKind.String } templateId)
        {
            errors.Add("template_id", $"The template ID must be a string, you provided {templateId.GetRawText()}.", "message.template_id");
        }
        if (request.Member("batch_id") is { ValueKind: not JsonValueKind.String }) errors.Add("batch_id", "The batch_id must be a string.", "message.batch_id");
        if (request.Member("ip_pool_name") is { ValueKind: not JsonValueKind.String }) errors.Add("ip_pool_name", "The name of your IP pool must be a string.", "message.ip_pool_name");
    }
}
