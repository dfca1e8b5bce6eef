using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>One rendering of one template: a fresh context in the language's culture, values exposed by their snake_case names.</summary>
internal static class TemplateRendering
{
    /// <summary>Encodes what HTML needs (&lt; &gt; &amp; quotes) and leaves accents readable in the source of the email.</summary>
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions Options = new();

    public static TemplateContext Context(string language, IReadOnlyDictionary<string, object?> model)
    {
        var context = new TemplateContext(Options) { CultureInfo = Languages.Culture(language) };
        foreach (var (name, value) in model) context.SetValue(name, value);
        return context;
    }

    /// <summary>Renders with the context kept open, so that values the template captured (a draft's subject) can be read after.</summary>
    public static string Render(IFluidTemplate template, TemplateContext context, TextEncoder encoder) =>
        template.Render(context, encoder, isolateContext: false);
}
