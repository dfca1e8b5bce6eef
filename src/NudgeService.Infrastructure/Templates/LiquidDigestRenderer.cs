using Fluid;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>
/// Lays out the weekly email from <c>templates/{language}/digest-*.liquid</c>: the subject and
/// preheader first, then the HTML part (every value HTML-encoded) and the plain-text part that carries the same content and links.
/// </summary>
public sealed class LiquidDigestRenderer : IDigestRenderer
{
    private readonly TemplateLibrary _library;

    public LiquidDigestRenderer() : this(TemplateLibrary.Embedded)
    {
    }

    public LiquidDigestRenderer(TemplateLibrary library) => _library = library;

    public RenderedDigest Render(DigestView digest)
    {
        var language = Languages.From(digest.Language);
        var model = DigestModel.Of(digest, language);
        var subject = PlainText.OneLine(_library.Render(language, "digest-subject", model, NullEncoder.Default));
        var preheader = PlainText.OneLine(_library.Render(language, "digest-preheader", model, NullEncoder.Default));
        model["subject"] = subject;
        model["preheader"] = preheader;
        var html = _library.Render(language, "digest.html", model, TemplateRendering.Html);
        var text = PlainText.Compact(_library.Render(language, "digest.txt", model, NullEncoder.Default));
        return new RenderedDigest(subject, preheader, html, text);
    }
}
