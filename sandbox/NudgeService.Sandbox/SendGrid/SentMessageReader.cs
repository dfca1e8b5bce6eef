using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>Turns a request that passed <see cref="MailSendValidator"/> into the outbox's <see cref="SentMessage"/>.</summary>
internal static class SentMessageReader
{
    public static SentMessage Read(string id, DateTimeOffset receivedAt, JsonElement request) => new()
    {
        Id = id,
        ReceivedAt = receivedAt,
        From = Address(request.GetProperty("from")),
        ReplyTo = request.Member("reply_to") is { } replyTo ? [Address(replyTo)] : Addresses(request.Member("reply_to_list")),
        Personalizations = request.GetProperty("personalizations").EnumerateArray().Select(Personalization).ToList(),
        Subject = request.StringMember("subject"),
        Headers = Strings(request.Member("headers")),
        Categories = request.Member("categories") is { } categories ? categories.EnumerateArray().Select(category => category.GetString()!).ToList() : [],
        CustomArgs = Strings(request.Member("custom_args")),
        Contents = request.Member("content") is { } content
            ? content.EnumerateArray().Select(block => new SentContent(block.GetProperty("type").GetString()!, block.GetProperty("value").GetString()!)).ToList()
            : [],
        Tracking = Tracking(request.Member("tracking_settings")),
        Attachments = request.Member("attachments") is { } attachments
            ? attachments.EnumerateArray().Select(attachment => new SentAttachment(attachment.GetProperty("filename").GetString()!, attachment.StringMember("type"),
                attachment.StringMember("disposition") == "inline", attachment.StringMember("content_id"), attachment.GetProperty("content").GetString()!)).ToList()
            : [],
        TemplateId = request.StringMember("template_id"),
        SendAt = UnixTime(request.IntegerMember("send_at")),
        AsmGroupId = request.Member("asm")?.IntegerMember("group_id"),
        Raw = request.Clone(),
    };

    private static SentPersonalization Personalization(JsonElement personalization) => new(
        Addresses(personalization.Member("to")),
        Addresses(personalization.Member("cc")),
        Addresses(personalization.Member("bcc")),
        personalization.StringMember("subject"),
        Strings(personalization.Member("headers")),
        Strings(personalization.Member("custom_args")),
        UnixTime(personalization.IntegerMember("send_at")));

    private static SentAddress Address(JsonElement address) => new(address.GetProperty("email").GetString()!, address.StringMember("name"));

    private static List<SentAddress> Addresses(JsonElement? addresses) => addresses is { } list ? list.EnumerateArray().Select(Address).ToList() : [];

    private static Dictionary<string, string> Strings(JsonElement? values) =>
        values is { } map ? map.EnumerateObject().ToDictionary(entry => entry.Name, entry => entry.Value.GetString()!, StringComparer.Ordinal) : [];

    private static SentTracking Tracking(JsonElement? settings) => new(
        settings?.Member("click_tracking")?.BooleanMember("enable"),
        settings?.Member("click_tracking")?.BooleanMember("enable_text"),
        settings?.Member("open_tracking")?.BooleanMember("enable"),
        settings?.Member("subscription_tracking")?.BooleanMember("enable"));

    private static DateTimeOffset? UnixTime(long? seconds) => seconds is { } value ? DateTimeOffset.FromUnixTimeSeconds(value) : null;
}
