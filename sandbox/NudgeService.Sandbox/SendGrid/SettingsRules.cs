using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>mail_settings and tracking_settings switches (booleans) and the asm unsubscribe group.</summary>
internal static class SettingsRules
{
    public const int MaxGroupsToDisplay = 25;

    private static readonly (string Setting, string Member, string Message)[] MailSwitches =
    [
        ("bcc", "enable", "The bcc enable param should be a boolean value."),
        ("bypass_list_management", "enable", "The bypass list management enable param should be a boolean value."),
        ("bypass_spam_management", "enable", "The bypass spam management enable param should be a boolean value."),
        ("bypass_bounce_management", "enable", "The bypass bounce management enable param should be a boolean value."),
        ("bypass_unsubscribe_management", "enable", "The bypass unsubscribe management enable param should be a boolean value."),
        ("footer", "enable", "The footer enable param should be a boolean value."),
        ("sandbox_mode", "enable", "The sandbox mode enable param should be a boolean value."),
        ("spam_check", "enable", "The spam check enable param should be a boolean value."),
    ];

    private static readonly (string Setting, string Member, string Message)[] TrackingSwitches =
    [
        ("click_tracking", "enable", "The click tracking enable param should be a boolean value."),
        ("click_tracking", "enable_text", "The click tracking enable text must be a boolean value."),
        ("open_tracking", "enable", "The open tracking enable param should be a boolean value."),
        ("subscription_tracking", "enable", "The subscription tracking enable param should be a boolean value."),
        ("ganalytics", "enable", "The Google Analytics enable param must be a boolean value."),
    ];

    public static void Validate(JsonElement request, ValidationErrors errors)
    {
        Switches(request, "mail_settings", MailSwitches, errors);
        Switches(request, "tracking_settings", TrackingSwitches, errors);
        Asm(request, errors);
    }

    private static void Switches(JsonElement request, string group, (string Setting, string Member, string Message)[] switches, ValidationErrors errors)
    {
        if (request.Member(group) is not { } settings || !errors.HasType(settings, "object", group, "message." + group)) return;
        foreach (var (setting, member, message) in switches)
        {
            var field = $"{group}.{setting}";
            if (settings.Member(setting) is not { } value || !errors.HasType(value, "object", field, "message." + field)) continue;
            if (value.Member(member) is { ValueKind: not (JsonValueKind.True or JsonValueKind.False) })
            {
                errors.Add($"{field}.{member}", message, $"message.{field}.{member}");
            }
        }
    }

    private static void Asm(JsonElement request, ValidationErrors errors)
    {
        if (request.Member("asm") is not { } asm || !errors.HasType(asm, "object", "asm", "message.asm")) return;
        if (asm.IntegerMember("group_id") is null) errors.Add("asm.group_id", "The ASM group ID must be an integer.", "message.asm.group_id");
        if (asm.Member("groups_to_display") is not { } display) return;
        if (display.ValueKind != JsonValueKind.Array || display.EnumerateArray().Any(id => id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out _)))
        {
            errors.Add("asm.groups_to_display", "The ASM Group IDs to display must be an array of integers.", "message.asm.groups_to_display");
        }
        else if (display.GetArrayLength() > MaxGroupsToDisplay)
        {
            errors.Add("asm.groups_to_display", $"There is a limit of {MaxGroupsToDisplay} unsubscribe groups that can be displayed to a user at a time.", "message.asm.groups_to_display");
        }
    }
}
