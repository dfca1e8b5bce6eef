using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.Conformance;

/// <summary>Microsoft Graph v1.0's official CSDL (the part for the types the sandbox serves, tests/data/graph), and a check that a JSON payload uses only its properties with their types.</summary>
public static class GraphCsdl
{
    private static readonly Lazy<IEdmModel> Loaded = new(Load);

    public static IEdmModel Model => Loaded.Value;

    /// <summary>Every property of <paramref name="item"/> that Graph v1.0 does not define on <paramref name="typeName"/>, or defines with another type.</summary>
    public static IReadOnlyList<string> Violations(JsonElement item, string typeName)
    {
        var type = Model.FindDeclaredType("microsoft.graph." + typeName) as IEdmStructuredType
            ?? throw new InvalidOperationException($"microsoft.graph.{typeName} is not in the CSDL.");
        var violations = new List<string>();
        CheckObject(item, type, typeName, violations);
        return violations;
    }

    private static void CheckObject(JsonElement item, IEdmStructuredType type, string path, List<string> violations)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.StartsWith('@')) continue;
            var declared = type.FindProperty(property.Name);
            if (declared is null)
            {
                violations.Add($"{path}.{property.Name} is not a property of {type.FullTypeName()}");
                continue;
            }
            CheckValue(property.Value, declared.Type, $"{path}.{property.Name}", violations);
        }
    }

    private static void CheckValue(JsonElement value, IEdmTypeReference type, string path, List<string> violations)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!type.IsNullable) violations.Add($"{path} is null but {type.FullName()} is not nullable");
            return;
        }
        if (type.IsCollection())
        {
            if (value.ValueKind != JsonValueKind.Array) violations.Add($"{path} should be a collection of {type.AsCollection().ElementType().FullName()}");
            else foreach (var element in value.EnumerateArray()) CheckValue(element, type.AsCollection().ElementType(), path + "[]", violations);
            return;
        }
        if (type.IsStructured())
        {
            if (value.ValueKind != JsonValueKind.Object) violations.Add($"{path} should be an object of {type.FullName()}");
            else CheckObject(value, type.AsStructured().StructuredDefinition(), path, violations);
            return;
        }
        if (type.IsEnum())
        {
            var members = type.AsEnum().EnumDefinition().Members.Select(member => member.Name);
            if (value.ValueKind != JsonValueKind.String || !members.Contains(value.GetString(), StringComparer.Ordinal))
            {
                violations.Add($"{path} = {value} is not a member of {type.FullName()}");
            }
            return;
        }
        var matches = type.PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.String => value.ValueKind == JsonValueKind.String,
            EdmPrimitiveTypeKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            EdmPrimitiveTypeKind.Int32 or EdmPrimitiveTypeKind.Int64 or EdmPrimitiveTypeKind.Int16 => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Decimal or EdmPrimitiveTypeKind.Single => value.ValueKind == JsonValueKind.Number,
            EdmPrimitiveTypeKind.DateTimeOffset => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), out _),
            EdmPrimitiveTypeKind.Date => value.ValueKind == JsonValueKind.String && DateOnly.TryParse(value.GetString(), out _),
            EdmPrimitiveTypeKind.TimeOfDay => value.ValueKind == JsonValueKind.String && TimeOnly.TryParse(value.GetString(), out _),
            EdmPrimitiveTypeKind.Guid => value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out _),
            _ => value.ValueKind == JsonValueKind.String,
        };
        if (!matches) violations.Add($"{path} = {value} does not fit {type.FullName()}");
    }

    private static IEdmModel Load()
    {
        using var reader = XmlReader.Create(TestData.Path("graph", "graph-v1.0-outlook.csdl"));
        if (!CsdlReader.TryParse(reader, out var model, out var errors))
        {
            throw new InvalidOperationException("The Graph CSDL did not load: " + string.Join("; ", errors.Take(5)));
        }
        return model;
    }
}
