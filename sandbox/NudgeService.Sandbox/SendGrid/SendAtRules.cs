using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>send_at: a Unix timestamp as an integer, no more than 72 hours ahead.</summary>
internal static class SendAtRules
{
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromHours(72);

    public static void Validate(JsonElement? sendAt, string field, string helpAnchor, DateTimeOffset now, ValidationErrors errors)
    {
        if (sendAt is not { } value) return;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds))
        {
            errors.Add(field, "The send_at parameter is expecting a Unix timestamp as an integer. We will send immediately if you include a send_at timestamp that is in the past.", helpAnchor);
        }
        else if (seconds > (now + MaxAdvance).ToUnixTimeSeconds())
        {
            errors.Add(field, "Scheduling more than 72 hours in advance is forbidden.", helpAnchor);
        }
    }
}
