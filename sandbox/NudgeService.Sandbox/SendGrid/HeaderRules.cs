using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>A headers object, at the top level or in a personalization: string values, plain ASCII keys, none of SendGrid's reserved ones.</summary>
internal static class HeaderRules
{
    private static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "x-sg-id", "x-sg-eid", "received", "dkim-signature", "Content-Type", "Content-Transfer-Encoding",
        "To", "From", "Subject", "Reply-To", "CC", "BCC",
    };

    public static void Validate(JsonElement? headers, string field, string helpAnchor, ValidationErrors errors)
    {
        if (headers is not { } value || !errors.HasType(value, "object", field, helpAnchor)) return;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in value.EnumerateObject())
        {
            if (header.Value.ValueKind != JsonValueKind.String) errors.Add(field, "The header values must be strings.", helpAnchor);
            if (header.Name.Length == 0 || header.Name.Any(character => character > 126 || character <= ' '))
            {
                errors.Add(field, "Header keys cannot contain non-ASCII characters and empty spaces.", helpAnchor);
            }
            else if (Reserved.Contains(header.Name))
            {
                errors.Add(field, "Header can not be one of the reserved keys.", helpAnchor);
            }
            if (!seen.Add(header.Name)) errors.Add(field, "The headers cannot contain duplicate keys.", helpAnchor);
        }
    }
}
