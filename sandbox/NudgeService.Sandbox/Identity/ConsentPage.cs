using System.Text;
using System.Text.Encodings.Web;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Identity;

/// <summary>The sign-in and consent page: pick a mailbox, then accept every permission asked or cancel, as Entra offers no way to pick single permissions.</summary>
internal static class ConsentPage
{
    public static string Render(AuthorizeRequest request, IReadOnlyCollection<Mailbox> mailboxes, string action)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>Sign in · Outlook sandbox</title><style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem}")
            .Append("fieldset{border:1px solid #ccc;border-radius:6px;margin:1rem 0}button{padding:.5rem 1.2rem;margin-right:.5rem}</style></head><body>")
            .Append("<h1>Outlook sandbox</h1><p>An application asks to access a mailbox.</p>")
            .Append($"<form method=\"post\" action=\"{html.Encode(action)}\">");
        HiddenFields(page, request);
        page.Append("<fieldset><legend>Account</legend>");
        var first = true;
        foreach (var mailbox in mailboxes)
        {
            var chosen = first || string.Equals(request.LoginHint, mailbox.Owner.Address, StringComparison.OrdinalIgnoreCase);
            page.Append($"<label><input type=\"radio\" name=\"account\" value=\"{html.Encode(mailbox.Key)}\"{(chosen ? " checked" : "")}> ")
                .Append($"{html.Encode(mailbox.Owner.DisplayName)} &lt;{html.Encode(mailbox.Owner.Address)}&gt;</label><br>");
            first = false;
        }
        page.Append("</fieldset><fieldset><legend>Permissions requested</legend><ul>");
        foreach (var scope in request.Scopes.Where(scope => GraphScopes.Canonical(scope) is not null))
        {
            page.Append($"<li>{html.Encode(GraphScopes.Canonical(scope)!)}</li>");
        }
        page.Append("</ul><p>Accepting grants all of them.</p></fieldset><button name=\"decision\" value=\"accept\">Accept</button><button name=\"decision\" value=\"cancel\">Cancel</button></form></body></html>");
        return page.ToString();
    }

    /// <summary>
    /// Entra's "Need admin approval": the reason in its words, and the only way on for a user, back
    /// to the application without consent (which learns no more than from a cancel).
    /// </summary>
    public static string NeedAdminApproval(AuthorizeRequest request, string action, string reason)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Need admin approval</title></head>")
            .Append("<body style=\"font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto\"><h1>Need admin approval</h1>")
            .Append($"<p>{html.Encode(reason)}</p><form method=\"post\" action=\"{html.Encode(action)}\">");
        HiddenFields(page, request);
        return page.Append("<button name=\"decision\" value=\"cancel\">Return to the application without granting consent</button></form></body></html>").ToString();
    }

    /// <summary>The admin consent screen: an account of the tenant approves every permission asked for all its users, or cancels.</summary>
    public static string AdminConsent(AuthorizeRequest request, IReadOnlyCollection<Mailbox> mailboxes, string action)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Permissions requested · Outlook sandbox</title></head>")
            .Append("<body style=\"font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto\"><h1>Permissions requested</h1>")
            .Append("<p>Accept for your organization: every user of your tenant gets these permissions for this application without being asked.</p>")
            .Append($"<form method=\"post\" action=\"{html.Encode(action)}\">");
        HiddenFields(page, request);
        page.Append("<fieldset><legend>Administrator account</legend>");
        var first = true;
        foreach (var mailbox in mailboxes)
        {
            page.Append($"<label><input type=\"radio\" name=\"account\" value=\"{html.Encode(mailbox.Key)}\"{(first ? " checked" : "")}> ")
                .Append($"{html.Encode(mailbox.Owner.DisplayName)} &lt;{html.Encode(mailbox.Owner.Address)}&gt;</label><br>");
            first = false;
        }
        page.Append("</fieldset><ul>");
        foreach (var scope in request.Scopes.Select(GraphScopes.Canonical).OfType<string>()) page.Append($"<li>{html.Encode(scope)}</li>");
        return page.Append("</ul><button name=\"decision\" value=\"accept\">Accept</button><button name=\"decision\" value=\"cancel\">Cancel</button></form></body></html>").ToString();
    }

    /// <summary>The request's parameters, carried through the form so that its POST is the same request.</summary>
    private static void HiddenFields(StringBuilder page, AuthorizeRequest request)
    {
        foreach (var (name, value) in request.Fields())
        {
            if (value is not null) page.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{HtmlEncoder.Default.Encode(value)}\">");
        }
    }

    public static string Error(string title, string detail)
    {
        var html = HtmlEncoder.Default;
        return $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.Encode(title)}</title></head>"
            + $"<body style=\"font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto\"><h1>{html.Encode(title)}</h1><p>{html.Encode(detail)}</p></body></html>";
    }
}
