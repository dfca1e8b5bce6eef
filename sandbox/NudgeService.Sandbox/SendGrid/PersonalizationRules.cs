using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>The personalizations array: its size, each block's recipients, subject, headers, custom args and send_at.</summary>
internal static class PersonalizationRules
{
    public const int MaxPersonalizations = 1000;
    public const int MaxRecipients = 1000;
    private const string Help = "message.personalizations";

    /// <summary>Validates every personalization and tells whether each one defines its own subject.</summary>
    public static bool Validate(JsonElement request, IReadOnlyDictionary<string, string> globalCustomArgs, DateTimeOffset now, ValidationErrors errors)
    {
        if (request.Member("personalizations") is not { } personalizations)
        {
            errors.Add("personalizations", "The personalizations field is required and must have at least one personalization.", "-Personalizations-Errors");
            return false;
        }
        if (!errors.HasType(personalizations, "array", "personalizations", Help)) return false;
        var count = personalizations.GetArrayLength();
        if (count == 0)
        {
            errors.Add("personalizations", "You must have at least one personalization.", Help);
            return false;
        }
        if (count > MaxPersonalizations)
        {
            errors.Add("personalizations", $"The personalization block is limited to {MaxPersonalizations} personalizations per API request. You have provided {count} personalizations. "
                + "Please consider splitting this into multiple requests and resending your request.", Help);
        }

        var recipients = 0;
        var everyOneHasSubject = true;
        var index = 0;
        foreach (var personalization in personalizations.EnumerateArray())
        {
            var field = $"personalizations.{index++}";
            if (!errors.HasType(personalization, "object", field, Help))
            {
                everyOneHasSubject = false;
                continue;
            }
            recipients += Recipients(personalization, field, errors);
            everyOneHasSubject &= HasSubject(personalization, field, errors);
            HeaderRules.Validate(personalization.Member("headers"), field + ".headers", "message.personalizations.headers", errors);
            var customArgs = CustomArgRules.Validate(personalization.Member("custom_args"), field + ".custom_args", "message.personalizations.custom_args", errors);
            CustomArgRules.CheckCombinedSize(globalCustomArgs, customArgs, field + ".custom_args", errors);
            SendAtRules.Validate(personalization.Member("send_at"), field + ".send_at", "message.personalizations.send_at", now, errors);
        }
        if (recipients > MaxRecipients) errors.Add("personalizations", $"There is a limit of {MaxRecipients} total recipients (to + cc + bcc) per request.", Help);
        return everyOneHasSubject;
    }

    private static int Recipients(JsonElement personalization, string field, ValidationErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        (string Address, string List)? firstDuplicate = null;
        var count = 0;
        foreach (var (list, kind) in new[] { ("to", AddressKind.To), ("cc", AddressKind.Cc), ("bcc", AddressKind.Bcc) })
        {
            var listField = $"{field}.{list}";
            if (personalization.Member(list) is not { } addresses)
            {
                if (kind == AddressKind.To) errors.Add(listField, "The to parameter is required for all personalization objects.", Help);
                continue;
            }
            if (!errors.HasType(addresses, "array", listField, kind.HelpAnchor)) continue;
            if (addresses.GetArrayLength() == 0)
            {
                errors.Add(listField, kind == AddressKind.To ? "The to parameter is required for all personalization objects." : kind.MissingMessage, kind.HelpAnchor);
                continue;
            }
            var index = 0;
            foreach (var address in addresses.EnumerateArray())
            {
                count++;
                var email = AddressRules.Check(address, $"{listField}.{index++}", kind, errors);
                if (email is not null && !seen.Add(email)) firstDuplicate ??= (email, listField);
            }
        }
        if (firstDuplicate is { } duplicate)
        {
            errors.Add(field, "Each email address in the personalization block should be unique between to, cc, and bcc. "
                + $"We found the first duplicate instance of [{duplicate.Address}] in the {duplicate.List} field.", "message.recipient-errors");
        }
        return count;
    }

    private static bool HasSubject(JsonElement personalization, string field, ValidationErrors errors)
    {
        if (personalization.Member("subject") is not { } subject) return false;
        if (subject.ValueKind != JsonValueKind.String || subject.GetString()!.Length == 0)
        {
            errors.Add(field + ".subject", "The subject of your email must be a string at least one character in length.", "message.personalizations.subject");
        }
        return true;
    }
}
