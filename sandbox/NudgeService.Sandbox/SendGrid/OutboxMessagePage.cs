using System.Globalization;
using System.Text;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>GET /outbox/{id}: a message's envelope, headers and settings, then its HTML part as a reader would see it and its plain-text part.</summary>
internal static class OutboxMessagePage
{
    /// <summary>
    /// No scripts run in the rendered part, but its links open in a new tab (popups escape the sandbox),
    /// forms submit and a click may navigate the page, so following the digest's links works as in a mail client.
    /// </summary>
    public const string FrameSandbox = "allow-popups allow-popups-to-escape-sandbox allow-forms allow-top-navigation-by-user-activation";

    public static string Render(SentMessage message)
    {
        var html = message.DisplayedHtml();
        var text = message.ContentOf(ContentRules.PlainText);
        var firstSubject = message.Personalizations.Select(message.SubjectFor).FirstOrDefault(subject => subject is not null) ?? "(template subject)";

        var page = new StringBuilder("<nav><a href=\"/outbox\">← Outbox</a></nav>")
            .Append($"<h1>{OutboxLayout.Encode(firstSubject)}</h1><table>");
        Row(page, "Message id", message.Id);
        Row(page, "Received", OutboxLayout.Time(message.ReceivedAt));
        Row(page, "From", message.From.ToString());
        if (message.ReplyTo.Count > 0) Row(page, "Reply-To", Join(message.ReplyTo));
        var number = 0;
        foreach (var personalization in message.Personalizations)
        {
            if (message.Personalizations.Count > 1) page.Append($"<tr><th colspan=\"2\">Personalization {number++}</th></tr>");
            Personalization(page, message, personalization);
        }
        if (message.Categories.Count > 0) Row(page, "Categories", string.Join(", ", message.Categories));
        Row(page, "Click tracking", Switch(message.Tracking.ClickTracking) + (message.Tracking.ClickTrackingInText == true ? " (also in plain text)" : ""));
        Row(page, "Open tracking", Switch(message.Tracking.OpenTracking));
        Row(page, "Subscription tracking", Switch(message.Tracking.SubscriptionTracking));
        if (message.TemplateId is not null) Row(page, "Template", message.TemplateId);
        if (message.AsmGroupId is { } group) Row(page, "Unsubscribe group", group.ToString(CultureInfo.InvariantCulture));
        if (message.SendAt is { } sendAt) Row(page, "Send at", OutboxLayout.Time(sendAt));
        foreach (var attachment in message.Attachments)
        {
            Row(page, attachment.Inline ? "Inline" : "Attachment",
                string.Create(CultureInfo.InvariantCulture, $"{attachment.FileName} ({attachment.Type ?? "no type"}, {attachment.Bytes / 1024.0:F0} KB{(attachment.ContentId is { } id ? ", cid:" + id : "")})"));
        }
        page.Append("</table>");

        page.Append("<nav>")
            .Append(html is not null ? "<a href=\"#html\">HTML</a>" : "")
            .Append(text is not null ? "<a href=\"#text\">Plain text</a>" : "")
            .Append($"<a href=\"{OutboxLayout.Encode(OutboxLayout.MessageUrl(message.Id, "/raw"))}\">Raw JSON</a>")
            .Append(html is not null ? $"<a href=\"{OutboxLayout.Encode(OutboxLayout.MessageUrl(message.Id, "/html"))}\">HTML part alone</a>" : "")
            .Append("</nav>");
        if (html is not null)
        {
            // The base element makes links without a target open in a new tab instead of inside the frame.
            page.Append($"<section id=\"html\"><h2>HTML</h2><iframe title=\"HTML part\" sandbox=\"{FrameSandbox}\" srcdoc=\"{OutboxLayout.Encode("<base target=\"_blank\">" + html)}\"></iframe></section>");
        }
        if (text is not null) page.Append($"<section id=\"text\"><h2>Plain text</h2><pre>{OutboxLayout.Encode(text)}</pre></section>");
        foreach (var other in message.Contents.Where(content => !IsPlainOrHtml(content.Type)))
        {
            page.Append($"<section><h2>{OutboxLayout.Encode(other.Type)}</h2><pre>{OutboxLayout.Encode(other.Value)}</pre></section>");
        }
        return page.ToString();
    }

    private static void Personalization(StringBuilder page, SentMessage message, SentPersonalization personalization)
    {
        Row(page, "To", Join(personalization.To));
        if (personalization.Cc.Count > 0) Row(page, "Cc", Join(personalization.Cc));
        if (personalization.Bcc.Count > 0) Row(page, "Bcc", Join(personalization.Bcc));
        Row(page, "Subject", message.SubjectFor(personalization) ?? "(template subject)");
        foreach (var (name, value) in message.HeadersFor(personalization)) Row(page, name, value);
        var customArgs = message.CustomArgsFor(personalization);
        if (customArgs.Count > 0) Row(page, "Custom args", string.Join("; ", customArgs.Select(argument => $"{argument.Key}={argument.Value}")));
        if (personalization.SendAt is { } sendAt) Row(page, "Send at", OutboxLayout.Time(sendAt));
    }

    private static void Row(StringBuilder page, string name, string value) =>
        page.Append($"<tr><th>{OutboxLayout.Encode(name)}</th><td>{OutboxLayout.Encode(value)}</td></tr>");

    private static string Join(IEnumerable<SentAddress> addresses) => string.Join(", ", addresses.Select(address => address.ToString()));

    private static string Switch(bool? enabled) => enabled switch
    {
        true => "on",
        false => "off",
        null => "account default",
    };

    private static bool IsPlainOrHtml(string type) =>
        string.Equals(type, ContentRules.PlainText, StringComparison.OrdinalIgnoreCase) || string.Equals(type, ContentRules.Html, StringComparison.OrdinalIgnoreCase);
}
