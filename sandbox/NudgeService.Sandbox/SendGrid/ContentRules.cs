using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>The content array: required unless a template is used, non-empty blocks, and text/plain before text/html before anything else.</summary>
internal static class ContentRules
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    private const string Help = "message.content";
    private const string OneBlockAtLeast =
        "There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.";

    public static void Validate(JsonElement request, ValidationErrors errors)
    {
        if (request.Member("content") is not { } content)
        {
            if (request.Member("template_id") is null) errors.Add("content", $"Unless a valid template_id is provided, the content parameter is required. {OneBlockAtLeast}", Help);
            return;
        }
        if (!errors.HasType(content, "array", "content", Help)) return;
        if (content.GetArrayLength() == 0)
        {
            errors.Add("content", OneBlockAtLeast, Help);
            return;
        }
        var types = new List<string?>();
        var index = 0;
        foreach (var block in content.EnumerateArray()) types.Add(Block(block, $"content.{index++}", errors));
        CheckOrder(types, errors);
    }

    /// <summary>Validates one {type, value} block and gives its MIME type when that is usable.</summary>
    private static string? Block(JsonElement block, string field, ValidationErrors errors)
    {
        if (!errors.HasType(block, "object", field, Help)) return null;
        string? type = null;
        if (block.Member("type") is not { } typeValue)
        {
            errors.Add(field + ".type", "A content type is required, this tells email clients how to display the email.", "message.content.type");
        }
        else if (typeValue.ValueKind != JsonValueKind.String || typeValue.GetString()!.Length == 0)
        {
            errors.Add(field + ".type", "Your content type must be a string with length of at least one character.", "message.content.type");
        }
        else if (typeValue.GetString()!.IndexOfAny([';', '\r', '\n']) >= 0)
        {
            errors.Add(field + ".type", "Cannot contain ';', or CRLF characters.", "message.content.type");
        }
        else
        {
            type = typeValue.GetString();
        }

        if (block.Member("value") is not { } value)
        {
            errors.Add(field + ".value", "A content value is required, this is the content of the email you are sending.", "message.content.value");
        }
        else if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
        {
            errors.Add(field + ".value", "The content value must be a string at least one character in length.", "message.content.value");
        }
        return type;
    }

    private static void CheckOrder(List<string?> types, ValidationErrors errors)
    {
        var plain = IndexesOf(types, PlainText);
        var html = IndexesOf(types, Html);
        if (plain.Count > 1 || html.Count > 1)
        {
            errors.Add("content", "If present, text/plain and text/html may only be provided once.", Help);
            return;
        }
        var htmlPosition = plain.Count == 1 ? 1 : 0;
        if ((plain.Count == 1 && plain[0] != 0) || (html.Count == 1 && html[0] != htmlPosition))
        {
            errors.Add("content", "If present, text/plain must be first, followed by text/html, followed by any other content.", Help);
        }
    }

    private static List<int> IndexesOf(List<string?> types, string type) =>
        types.Select((candidate, index) => (candidate, index))
            .Where(entry => string.Equals(entry.candidate, type, StringComparison.OrdinalIgnoreCase))
            .Select(entry => entry.index)
            .ToList();
}
