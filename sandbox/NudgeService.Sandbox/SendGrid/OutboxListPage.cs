using System.Text;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>GET /outbox: every accepted message, newest first.</summary>
internal static class OutboxListPage
{
    public static string Render(IReadOnlyList<SentMessage> messages)
    {
        var page = new StringBuilder("<h1>SendGrid outbox</h1>");
        page.Append($"<p class=\"muted\">{messages.Count} message{(messages.Count == 1 ? "" : "s")}, newest first · <a href=\"/sandbox/sendgrid/messages\">as JSON</a></p>");
        if (messages.Count == 0) return page.Append("<p>Nothing has been sent yet.</p>").ToString();

        page.Append("<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th><th>Categories</th></tr></thead><tbody>");
        foreach (var message in messages.Reverse())
        {
            var link = OutboxLayout.Encode(OutboxLayout.MessageUrl(message.Id));
            var recipients = message.Personalizations.SelectMany(personalization => personalization.To).Select(address => address.ToString());
            var subject = message.Personalizations.Select(message.SubjectFor).FirstOrDefault(subject => subject is not null) ?? "(template subject)";
            page.Append($"<tr><td><a href=\"{link}\">{OutboxLayout.Encode(OutboxLayout.Time(message.ReceivedAt))}</a></td>")
                .Append($"<td>{OutboxLayout.Encode(message.From.ToString())}</td>")
                .Append($"<td>{OutboxLayout.Encode(string.Join(", ", recipients))}</td>")
                .Append($"<td><a href=\"{link}\">{OutboxLayout.Encode(subject)}</a></td>")
                .Append($"<td>{OutboxLayout.Encode(string.Join(", ", message.Categories))}</td></tr>");
        }
        return page.Append("</tbody></table>").ToString();
    }
}
