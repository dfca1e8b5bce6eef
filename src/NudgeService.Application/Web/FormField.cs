using System.Text;
using System.Text.Encodings.Web;

namespace NudgeService.Application.Web;

/// <summary>One visible field of a page's form. Every value is HTML encoded and laid out with dir="auto", so any script or right-to-left text stays inert text.</summary>
public abstract record FormField(string Label)
{
    internal abstract void Render(StringBuilder html, HtmlEncoder encoder);

    /// <summary>A value shown but not editable, and not posted; one line, without controls.</summary>
    public sealed record Shown(string Label, string Value) : FormField(Label)
    {
        internal override void Render(StringBuilder html, HtmlEncoder encoder) =>
            html.Append("<p><span class=\"label\">").Append(encoder.Encode(Label)).Append("</span> <bdi>").Append(encoder.Encode(SafeText.Line(Value))).Append("</bdi></p>");
    }

    public sealed record Line(string Label, string Name, string Value, int MaxLength) : FormField(Label)
    {
        internal override void Render(StringBuilder html, HtmlEncoder encoder) =>
            html.Append("<label>").Append(encoder.Encode(Label)).Append("<input type=\"text\" dir=\"auto\" name=\"").Append(encoder.Encode(Name))
                .Append("\" maxlength=\"").Append(MaxLength).Append("\" value=\"").Append(encoder.Encode(Value)).Append("\"></label>");
    }

    /// <remarks>A newline follows the opening tag because HTML drops the first one of a textarea's content.</remarks>
    public sealed record Text(string Label, string Name, string Value, int Rows) : FormField(Label)
    {
        internal override void Render(StringBuilder html, HtmlEncoder encoder) =>
            html.Append("<label>").Append(encoder.Encode(Label)).Append("<textarea dir=\"auto\" name=\"").Append(encoder.Encode(Name))
                .Append("\" rows=\"").Append(Rows).Append("\">\n").Append(encoder.Encode(Value)).Append("</textarea></label>");
    }

    /// <summary>Radio buttons, one of them checked.</summary>
    public sealed record Choice(string Label, string Name, IReadOnlyList<(string Value, string Label)> Options, string Selected) : FormField(Label)
    {
        internal override void Render(StringBuilder html, HtmlEncoder encoder)
        {
            html.Append("<fieldset><legend>").Append(encoder.Encode(Label)).Append("</legend>");
            foreach (var option in Options)
            {
                html.Append("<label class=\"choice\"><input type=\"radio\" name=\"").Append(encoder.Encode(Name)).Append("\" value=\"").Append(encoder.Encode(option.Value)).Append('"')
                    .Append(option.Value == Selected ? " checked" : "").Append("> ").Append(encoder.Encode(option.Label)).Append("</label>");
            }
            html.Append("</fieldset>");
        }
    }
}
