using System.Text;
using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>custom_args objects: string values, never empty, and at most 10,000 bytes once a personalization's are merged over the global ones.</summary>
internal static class CustomArgRules
{
    public const int MaxCombinedBytes = 10_000;

    public static IReadOnlyDictionary<string, string> Validate(JsonElement? customArgs, string field, string helpAnchor, ValidationErrors errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (customArgs is not { } value || !errors.HasType(value, "object", field, helpAnchor)) return values;
        var allStrings = true;
        foreach (var argument in value.EnumerateObject())
        {
            if (argument.Value.ValueKind == JsonValueKind.String) values[argument.Name] = argument.Value.GetString()!;
            else allStrings = false;
        }
        if (!allStrings) errors.Add(field, "All values of custom arguments object must be strings", helpAnchor);
        else if (values.Count == 0) errors.Add(field, "custom_args cannot be empty.", helpAnchor);
        return values;
    }

    public static void CheckCombinedSize(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> personal, string field, ValidationErrors errors)
    {
        var combined = new Dictionary<string, string>(global, StringComparer.Ordinal);
        foreach (var (name, value) in personal) combined[name] = value;
        var bytes = combined.Sum(argument => Encoding.UTF8.GetByteCount(argument.Key) + Encoding.UTF8.GetByteCount(argument.Value));
        if (bytes > MaxCombinedBytes)
        {
            errors.Add(field, "The combined size of both global and personalization custom arguments may not exceed 10,000 bytes per personalization.",
                "message.personalizations.custom_args");
        }
    }
}
