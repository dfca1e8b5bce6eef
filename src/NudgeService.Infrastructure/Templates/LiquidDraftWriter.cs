using Fluid;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>
/// Writes drafts from <c>templates/{language}/{kind}.liquid</c>: each template is a <c>case variant</c>
/// whose branches capture a <c>subject</c> and print the body. Drafts are plain text: nothing is HTML-encoded here.
/// </summary>
public sealed class LiquidDraftWriter : IDraftWriter
{
    private readonly TemplateLibrary _library;

    public LiquidDraftWriter() : this(TemplateLibrary.Embedded)
    {
    }

    public LiquidDraftWriter(TemplateLibrary library) => _library = library;

    public int Variants(NudgeKind kind, string language) =>
        DraftTemplates.VariantCount(_library.Get(language, DraftTemplates.NameOf(kind)));

    public MessageDraft Write(DraftRequest request)
    {
        var language = Languages.From(request.Language);
        var name = DraftTemplates.NameOf(request.Kind);
        var template = _library.Get(language, name);
        var variant = Modulo(request.Variant, DraftTemplates.VariantCount(template));
        var context = TemplateRendering.Context(language, DraftModel.Of(request, language, variant));
        var body = PlainText.Tidy(TemplateRendering.Render(template, context, NullEncoder.Default));
        var subject = PlainText.OneLine(context.GetValue("subject").ToStringValue());
        if (subject.Length == 0 || body.Length == 0)
            throw new InvalidOperationException($"Template 'templates/{language}/{name}.liquid' gave no subject or no body for variant {variant}.");
        return new MessageDraft(subject, body);
    }

    private static int Modulo(int value, int count) => ((value % count) + count) % count;
}
