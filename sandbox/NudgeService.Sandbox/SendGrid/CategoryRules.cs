using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>categories: at most 10 unique ASCII strings of at most 255 characters.</summary>
internal static class CategoryRules
{
    public const int MaxCategories = 10;
    public const int MaxLength = 255;
    private const string Help = "message.categories";

    public static void Validate(JsonElement? categories, ValidationErrors errors)
    {
        if (categories is not { } value) return;
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add("categories", "Categories must be an array of strings.", Help);
            return;
        }
        var count = value.GetArrayLength();
        if (count > MaxCategories) errors.Add("categories", $"There is a limit of {MaxCategories} categories for each email that is sent. You provided {count} categories.", Help);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var category in value.EnumerateArray())
        {
            var field = $"categories.{index++}";
            if (category.ValueKind != JsonValueKind.String)
            {
                errors.Add(field, "Categories must be an array of strings.", Help);
                continue;
            }
            var name = category.GetString()!;
            if (name.Length > MaxLength) errors.Add(field, $"Each category must not be longer than {MaxLength} characters. {name} exceeds this limit", Help);
            if (name.Any(character => character > 127)) errors.Add(field, "Categories can not contain non-ASCII characters.", Help);
            if (!seen.Add(name)) errors.Add(field, $"The categories must be a unique list, and you have included {name} more than once.", Help);
        }
    }
}
