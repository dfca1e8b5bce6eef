using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NudgeService.Deployment.Tests.Bicep;

/// <summary>
/// A compiled ARM template, read as JSON: its resources (modules' nested templates included),
/// parameters and outputs, so that tests can state facts about what would be deployed.
/// </summary>
public sealed partial class ArmTemplate(JsonObject root, string text)
{
    public JsonObject Root { get; } = root;

    /// <summary>The whole template as compiled, for facts that must hold anywhere in it.</summary>
    public string Text { get; } = text;

    public static ArmTemplate Load(string path)
    {
        var text = File.ReadAllText(path);
        return new ArmTemplate(JsonNode.Parse(text)!.AsObject(), text);
    }

    public IReadOnlyList<ArmResource> Resources => ResourcesOf(Root).ToList();

    public IReadOnlyList<ArmResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>Every parameter of every template, the root's and each module's.</summary>
    public IReadOnlyList<(string Name, string Type)> Parameters => TemplatesOf(Root)
        .SelectMany(template => template["parameters"]?.AsObject() ?? [])
        .Select(parameter => (parameter.Key, (string)parameter.Value!["type"]!))
        .ToList();

    public JsonObject Outputs => Root["outputs"]?.AsObject() ?? [];

    /// <summary>An output of the module whose template declares it.</summary>
    public JsonNode ModuleOutput(string name) => Assert.Single(TemplatesOf(Root).Skip(1)
        .Select(template => template["outputs"]?[name]).OfType<JsonNode>());

    private static IEnumerable<JsonObject> TemplatesOf(JsonObject template)
    {
        yield return template;
        foreach (var resource in ResourcesOf(template).Where(resource => resource.Type == "Microsoft.Resources/deployments"))
        {
            if (resource.Body["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in TemplatesOf(nested)) yield return inner;
            }
        }
    }

    private static IEnumerable<ArmResource> ResourcesOf(JsonObject template)
    {
        // languageVersion 2.0 templates hold resources by symbolic name; older ones in an array.
        IEnumerable<JsonNode?> declared = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject named => named.Select(pair => pair.Value),
            _ => [],
        };
        foreach (var node in declared)
        {
            var resource = new ArmResource(node!.AsObject(), template);
            yield return resource;
            if (resource.Type == "Microsoft.Resources/deployments" && resource.Body["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested)) yield return inner;
            }
        }
    }

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    internal static partial Regex VariableReference();
}

/// <summary>One resource and the template that declares it (whose variables its expressions use).</summary>
public sealed record ArmResource(JsonObject Body, JsonObject Template)
{
    public string Type => (string)Body["type"]!;

    public string Name => (string)Body["name"]!;

    public JsonNode? Properties => Body["properties"];

    /// <summary>A property's text with each string variable it names replaced by its value.</summary>
    public string Resolve(string expression) => ArmTemplate.VariableReference().Replace(expression, match =>
        Template["variables"]?[match.Groups["name"].Value] is JsonValue value && value.TryGetValue(out string? text)
            ? text
            : match.Value);
}
