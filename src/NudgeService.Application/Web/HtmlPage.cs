using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NudgeService.Application.Web;

/// <summary>A small, plain page: a heading, paragraphs, and at most one form whose button acts (no JavaScript).</summary>
public sealed class HtmlPage(string language, string title)
{
    private readonly StringBuilder body = new();
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public HtmlPage Paragraph(string text)
    {
        body.Append("<p>").Append(Encoder.Encode(text)).Append("</p>");
        return this;
    }

    public HtmlPage List(IEnumerable<string> items)
    {
        body.Append("<ul>");
        foreach (var item in items) body.Append("<li>").Append(Encoder.Encode(item)).Append("</li>");
        body.Append("</ul>");
        return this;
    }

    public HtmlPage Link(string text, string href)
    {
        body.Append("<p><a href=\"").Append(Encoder.Encode(href)).Append("\">").Append(Encoder.Encode(text)).Append("</a></p>");
        return this;
    }

    /// <summary>A sentence naming someone: the name is stripped of controls and isolated, so that neither it nor right-to-left text in it can reorder the sentence.</summary>
    /// <param name="template">The sentence with "{0}" where the name goes.</param>
    public HtmlPage ParagraphNaming(string template, string name)
    {
        var at = template.IndexOf("{0}", StringComparison.Ordinal);
        body.Append("<p>").Append(Encoder.Encode(template[..at])).Append("<bdi>").Append(Encoder.Encode(SafeText.Line(name))).Append("</bdi>").Append(Encoder.Encode(template[(at + 3)..])).Append("</p>");
        return this;
    }

    public HtmlPage Form(string action, IReadOnlyDictionary<string, string> hiddenFields, string button, params IReadOnlyList<FormField> fields)
    {
        body.Append("<form method=\"post\" action=\"").Append(Encoder.Encode(action)).Append("\">");
        foreach (var (name, value) in hiddenFields)
        {
            body.Append("<input type=\"hidden\" name=\"").Append(Encoder.Encode(name)).Append("\" value=\"").Append(Encoder.Encode(value)).Append("\">");
        }
        foreach (var field in fields) field.Render(body, Encoder);
        body.Append("<button type=\"submit\">").Append(Encoder.Encode(button)).Append("</button></form>");
        return this;
    }

    public string Render() =>
        $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{Encoder.Encode(title)} · NudgeService</title>"
        + "<style>body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328;background:#fff}"
        + "button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #1f6feb;background:#1f6feb;color:#fff}"
        + "form{margin:1rem 0}label{display:block;margin:.8rem 0}input[type=text],textarea{display:block;box-sizing:border-box;width:100%;font:inherit;padding:.4rem;margin-top:.3rem}"
        + "fieldset{border:0;padding:0;margin:.8rem 0}label.choice{display:inline;margin-right:1rem}.label{font-weight:600}.passage{white-space:pre-wrap;border-left:3px solid #d0d7de;padding-left:.8rem}"
        + "@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}a{color:#4493f8}}</style></head>"
        + $"<body><main><h1>{Encoder.Encode(title)}</h1>{body}</main></body></html>";

    public WebResult Respond(int status = 200) => WebResult.Page(status, Render());
}
