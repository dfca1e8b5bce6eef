using System.Text;
using System.Text.Encodings.Web;

namespace NudgeService.Sandbox.Identity;

/// <summary>response_mode=form_post: a page whose form posts the result to the reply address.</summary>
internal static class FormPost
{
    public static string Render(string action, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder($"<!doctype html><html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{html.Encode(action)}\">");
        foreach (var (name, value) in fields)
        {
            if (value is not null) page.Append($"<input type=\"hidden\" name=\"{html.Encode(name)}\" value=\"{html.Encode(value)}\">");
        }
        return page.Append("<noscript><button>Continue</button></noscript></form></body></html>").ToString();
    }
}
