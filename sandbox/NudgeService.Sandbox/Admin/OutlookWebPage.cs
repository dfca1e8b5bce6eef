using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Admin;

/// <summary>The page a message's webLink opens: the sandbox's stand-in for Outlook on the web.</summary>
internal static class OutlookWebPage
{
    public static IResult Show(string? itemId, MailboxRegistry registry)
    {
        var html = HtmlEncoder.Default;
        foreach (var mailbox in registry.All)
        {
            if (itemId is null || !mailbox.TryParseId(itemId, ItemKinds.Message, out var number)) continue;
            var message = mailbox.FindMessage(number, mailbox.CurrentWatermark());
            if (message is null) continue;
            var recipients = string.Join(", ", message.To.Select(person => html.Encode($"{person.Name} <{person.Address}>")));
            var body = message.Body is null ? "" : message.Body.ContentType == "html" ? $"<pre>{html.Encode(message.Body.Content)}</pre>" : $"<pre style=\"white-space:pre-wrap\">{html.Encode(message.Body.Content)}</pre>";
            return Results.Content(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Outlook sandbox</title></head>"
                + "<body style=\"font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto\">"
                + $"<p>{(message.IsDraft ? "Draft" : (mailbox.FindFolder(message.Folder, mailbox.CurrentWatermark())?.DisplayName ?? ""))} in {html.Encode(mailbox.Owner.Address)}</p>"
                + $"<h1>{html.Encode(message.Subject)}</h1><p>To: {recipients}</p>{body}</body></html>",
                "text/html; charset=utf-8");
        }
        return Results.Content("<!doctype html><title>Not found</title><p>No such item in any served mailbox.</p>", "text/html; charset=utf-8", statusCode: 404);
    }
}
