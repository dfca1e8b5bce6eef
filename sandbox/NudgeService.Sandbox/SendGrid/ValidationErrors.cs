using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>Collects every problem of one mail-send request, because SendGrid reports them all in one answer.</summary>
internal sealed class ValidationErrors
{
    private readonly List<SendGridError> errors = [];

    public IReadOnlyList<SendGridError> All => errors;

    public void Add(string field, string message, string helpAnchor) =>
        errors.Add(new SendGridError(message, field, SendGridErrors.Help(helpAnchor)));

    /// <summary>False, with SendGrid's schema message, when the value is not of the expected JSON type.</summary>
    public bool HasType(JsonElement value, string expected, string field, string helpAnchor)
    {
        var given = TypeName(value);
        if (given == expected) return true;
        Add(field, $"Invalid type. Expected: {expected}, given: {given}.", helpAnchor);
        return false;
    }

    private static string TypeName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
