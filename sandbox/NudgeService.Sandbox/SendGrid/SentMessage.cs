using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>A mail-send request SendGrid accepted, as the outbox keeps it (never with the API key).</summary>
public sealed record SentMessage
{
    /// <summary>The X-Message-Id given back to the sender.</summary>
    public required string Id { get; init; }

    /// <summary>Real UTC time of acceptance, whatever the mailboxes' clocks say.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    public required SentAddress From { get; init; }

    /// <summary>reply_to, or the entries of reply_to_list.</summary>
    public required IReadOnlyList<SentAddress> ReplyTo { get; init; }

    public required IReadOnlyList<SentPersonalization> Personalizations { get; init; }

    /// <summary>The top-level subject, used by personalizations without their own.</summary>
    public string? Subject { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required IReadOnlyDictionary<string, string> CustomArgs { get; init; }

    /// <summary>The content blocks in the order they were sent.</summary>
    public required IReadOnlyList<SentContent> Contents { get; init; }

    public required SentTracking Tracking { get; init; }

    public required IReadOnlyList<SentAttachment> Attachments { get; init; }

    public string? TemplateId { get; init; }

    public DateTimeOffset? SendAt { get; init; }

    public long? AsmGroupId { get; init; }

    /// <summary>The request body exactly as received.</summary>
    public required JsonElement Raw { get; init; }

    public string? ContentOf(string type) =>
        Contents.FirstOrDefault(content => string.Equals(content.Type, type, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>The HTML part as a mail client shows it: inline images in place of their cid: references.</summary>
    public string? DisplayedHtml()
    {
        if (ContentOf(ContentRules.Html) is not { } html) return null;
        foreach (var image in Attachments.Where(attachment => attachment.Inline && attachment.ContentId is not null))
        {
            html = html.Replace("cid:" + image.ContentId, $"data:{image.Type};base64,{image.Content}", StringComparison.Ordinal);
        }
        return html;
    }

    public string? SubjectFor(SentPersonalization personalization) => personalization.Subject ?? Subject;

    /// <summary>The headers one personalization's recipients get: the global ones, overridden by the personalization's.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(SentPersonalization personalization) => Overlay(Headers, personalization.Headers, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> CustomArgsFor(SentPersonalization personalization) => Overlay(CustomArgs, personalization.CustomArgs, StringComparer.Ordinal);

    private static Dictionary<string, string> Overlay(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> own, StringComparer comparer)
    {
        var merged = new Dictionary<string, string>(global, comparer);
        foreach (var (name, value) in own) merged[name] = value;
        return merged;
    }
}

public sealed record SentAddress(string Email, string? Name)
{
    public override string ToString() => string.IsNullOrEmpty(Name) ? Email : $"{Name} <{Email}>";
}

public sealed record SentPersonalization(
    IReadOnlyList<SentAddress> To,
    IReadOnlyList<SentAddress> Cc,
    IReadOnlyList<SentAddress> Bcc,
    string? Subject,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> CustomArgs,
    DateTimeOffset? SendAt);

public sealed record SentContent(string Type, string Value);

/// <param name="Content">Base64, as sent.</param>
public sealed record SentAttachment(string FileName, string? Type, bool Inline, string? ContentId, string Content)
{
    public int Bytes => Convert.FromBase64String(Content).Length;
}

/// <summary>The tracking switches the request set; null where it left the account's default.</summary>
public sealed record SentTracking(bool? ClickTracking, bool? ClickTrackingInText, bool? OpenTracking, bool? SubscriptionTracking);
