using System.Text.Encodings.Web;
using System.Text.Unicode;
using NudgeService.Application.Accounts;
using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Email;

/// <summary>The welcome and reconnect emails, in the user's language, each with a signed disconnect link.</summary>
public sealed class AccountEmails(AccountLinks links)
{
    public OutgoingEmail Welcome(UserAccount account, DateTimeOffset firstDigest)
    {
        var texts = Texts.For(account.Language);
        var culture = Languages.Culture(account.Language);
        var body = string.Format(culture, texts.WelcomeBody, account.FirstName, firstDigest, TimeZones.Of(account.TimeZone).DisplayName);
        return Compose(account, string.Format(culture, texts.WelcomeSubject, account.Address), [body, texts.PrivacyPromise], null, "welcome");
    }

    public OutgoingEmail Reconnect(UserAccount account)
    {
        var texts = Texts.For(account.Language);
        var body = string.Format(Languages.Culture(account.Language), texts.ReconnectBody, account.FirstName);
        return Compose(account, texts.ReconnectSubject, [body], (texts.Reconnect, links.Connect(account.Address, account.Language)), "reconnect");
    }

    private OutgoingEmail Compose(UserAccount account, string subject, IReadOnlyList<string> paragraphs, (string Text, string Url)? action, string category)
    {
        var texts = Texts.For(account.Language);
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var disconnect = links.Disconnect(account.UserId);
        var text = string.Join("\n\n", paragraphs)
            + (action is { } a ? $"\n\n{a.Text}: {a.Url}" : "")
            + $"\n\n{texts.Disconnect}: {disconnect}\n";
        var markup = $"<!doctype html><html lang=\"{account.Language}\"><head><meta charset=\"utf-8\"><meta name=\"color-scheme\" content=\"light dark\"></head>"
            + "<body style=\"font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;max-width:36rem;margin:0 auto;padding:16px\">"
            + string.Concat(paragraphs.Select(paragraph => $"<p>{html.Encode(paragraph)}</p>"))
            + (action is { } b ? $"<p><a href=\"{html.Encode(b.Url)}\" style=\"display:inline-block;padding:10px 18px;background:#1f6feb;color:#ffffff;border-radius:6px;text-decoration:none\">{html.Encode(b.Text)}</a></p>" : "")
            + $"<p style=\"font-size:13px;color:#57606a\"><a href=\"{html.Encode(disconnect)}\">{html.Encode(texts.Disconnect)}</a></p></body></html>";
        return new OutgoingEmail(account.Address, account.DisplayName, subject, text, markup, ["account", category],
            new Dictionary<string, string> { ["user_id"] = account.UserId, ["kind"] = category });
    }
}
