namespace NudgeService.Sandbox.Graph;

/// <summary>The Graph entity type a collection returns and the properties $select may name.</summary>
public sealed record EntityShape(string TypeName, IReadOnlySet<string> Properties)
{
    public static EntityShape Of(string typeName, params string[] properties) =>
        new(typeName, new HashSet<string>(properties, StringComparer.OrdinalIgnoreCase));
}
