using System.Collections.Frozen;
using Fluid;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>
/// Every Liquid template of every language, parsed once when the library is built so that a
/// broken template stops the service at startup rather than in the middle of a week's digests.
/// </summary>
public sealed class TemplateLibrary
{
    private const string ResourcePrefix = "templates/";

    private static readonly Lazy<TemplateLibrary> EmbeddedLibrary = new(LoadEmbedded);

    private readonly FrozenDictionary<string, IFluidTemplate> _templates;

    /// <param name="sources">Template text by path under <c>templates/</c>, such as "fr/birthday.liquid".</param>
    public TemplateLibrary(IReadOnlyDictionary<string, string> sources)
    {
        var parser = new FluidParser();
        _templates = sources.ToFrozenDictionary(source => source.Key, source => Parse(parser, source.Key, source.Value), StringComparer.Ordinal);
    }

    /// <summary>The templates built into this assembly from the repository's <c>templates/</c> folder.</summary>
    public static TemplateLibrary Embedded => EmbeddedLibrary.Value;

    /// <summary>The template <paramref name="name"/> of the language's folder, English when the language has none.</summary>
    public IFluidTemplate Get(string language, string name)
    {
        if (_templates.TryGetValue(PathOf(language, name), out var template)) return template;
        if (_templates.TryGetValue(PathOf(Languages.English, name), out template)) return template;
        throw new InvalidOperationException($"No template '{ResourcePrefix}{PathOf(language, name)}' (nor an English one) is embedded.");
    }

    /// <summary>Renders the template <paramref name="name"/> of the language's folder over <paramref name="model"/>.</summary>
    public string Render(string language, string name, IReadOnlyDictionary<string, object?> model, System.Text.Encodings.Web.TextEncoder encoder) =>
        TemplateRendering.Render(Get(language, name), TemplateRendering.Context(language, model), encoder);

    private static string PathOf(string language, string name) => $"{Languages.From(language)}/{name}.liquid";

    private static IFluidTemplate Parse(FluidParser parser, string path, string source) =>
        parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Template '{ResourcePrefix}{path}' does not parse: {error}");

    private static TemplateLibrary LoadEmbedded()
    {
        var assembly = typeof(TemplateLibrary).Assembly;
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // Windows builds name embedded folders with backslashes.
            var path = resource.Replace('\\', '/');
            if (!path.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            sources[path[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }
        return new TemplateLibrary(sources);
    }
}
