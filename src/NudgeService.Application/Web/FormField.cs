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

    /// <summary>Text of several lines shown as it is (line breaks kept), neither editable nor posted.</summary>
    public sealed record Passage(string Label, string Value) : FormField(Label)
    {
        internal override void Render(StringBuilder html, HtmlEncoder encoder) =>
            html.Append("<p><span class=\"label\">").Append(encoder.Encode(Label)).Append("</span></p><p class=\"passage\" dir=\"auto\">")
                .Append(encoder.Encode(Value)).Append("</p>");
    }

    /// <summary>One line the person may change, posted under <paramref name="Name"/>.</summary>
    public sealed record Line(string Label, string Name, string Value, int MaxLength) : FormField(Label)
    {
        internal override void Render(StringBuilder html, HtmlEncoder encoder) =>
            html.Append("<label>").Append(encoder.Encode(Label)).Append("<input type=\"text\" dir=\"auto\" name=\"").Append(encoder.Encode(Name))
                .Append("\" maxlength=\"").Append(MaxLength).Append("\" value=\"").Append(encoder.Encode(Value)).Append("\"></label>");
    }

    /// <summary>Text of several lines the person may change, posted under <paramref name="Name"/>.</summary>
    public sealed record Text(string Label, string Name, string Value, int MaxLength) : FormField(Label)
    {
        // A line break right after the opening tag is dropped by HTML parsers, so a text starting with one keeps it.
        internal override void Render(StringBuilder html, HtmlEncoder encoder) =>
            html.Append("<label>").Append(encoder.Encode(Label)).Append("<textarea dir=\"auto\" rows=\"12\" name=\"").Append(encoder.Encode(Name))
                .Append("\" maxlength=\"").Append(MaxLength).Append("\">\n").Append(encoder.Encode(Value)).Append("</textarea></label>");
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
