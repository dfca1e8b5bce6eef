using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>Reads optional members of a request object; an explicit null counts as absent, as SendGrid treats it.</summary>
internal static class JsonFields
{
    public static JsonElement? Member(this JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? StringMember(this JsonElement owner, string name) =>
        owner.Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool? BooleanMember(this JsonElement owner, string name) =>
        owner.Member(name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    public static long? IntegerMember(this JsonElement owner, string name) =>
        owner.Member(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number) ? number : null;
}
