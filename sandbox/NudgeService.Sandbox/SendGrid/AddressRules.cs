using System.Text.Json;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>SendGrid's wording for one kind of address object (to, cc, bcc, from, reply_to).</summary>
internal sealed record AddressKind(string MissingMessage, string InvalidMessage, string TooLongMessage, string HelpAnchor)
{
    private const string Example = "e.g. {\"email\": \"example@example.com\"} or {\"email\": \"example@example.com\", \"name\": \"Example Recipient\"}";

    public static readonly AddressKind To = Recipient("to", "To", "message.personalizations.to");

    public static readonly AddressKind Cc = Recipient("cc", "CC", "message.personalizations.cc");

    public static readonly AddressKind Bcc = Recipient("bcc", "BCC", "message.personalizations.bcc");

    public static readonly AddressKind From = new(
        "The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.  "
        + "e.g. {\"email\" : \"example@example.com\"}  or {\"email\" : \"example@example.com\", \"name\" : \"Example Recipient\"}.",
        "The from email does not contain a valid address.",
        "The From email exceeds the maximum total length of 320 characters",
        "message.from");

    public static readonly AddressKind ReplyTo = new(
        $"The reply_to object, when used, must at least have an email parameter with a valid email address and it may also contain a name parameter. {Example}",
        "The reply_to email does not contain a valid address.",
        "The Reply-To email exceeds the maximum total length of 320 characters",
        "message.reply_to");

    private static AddressKind Recipient(string list, string label, string helpAnchor) => new(
        $"The {list} array must at least have an email parameter with a valid email address and it may also contain a name parameter. {Example}",
        "Does not contain a valid address.",
        $"The {label} email exceeds the maximum total length of 320 characters",
        helpAnchor);
}

/// <summary>Checks one {"email","name"} object and hands back its address when it is valid.</summary>
internal static class AddressRules
{
    public static string? Check(JsonElement address, string field, AddressKind kind, ValidationErrors errors)
    {
        if (!errors.HasType(address, "object", field, kind.HelpAnchor)) return null;
        if (address.Member("name") is { } name) errors.HasType(name, "string", field + ".name", kind.HelpAnchor);
        var emailField = field + ".email";
        if (address.Member("email") is not { } email)
        {
            errors.Add(emailField, kind.MissingMessage, kind.HelpAnchor);
            return null;
        }
        if (!errors.HasType(email, "string", emailField, kind.HelpAnchor)) return null;
        var value = email.GetString()!;
        if (value.Length > EmailAddressSyntax.MaxLength)
        {
            errors.Add(emailField, kind.TooLongMessage, kind.HelpAnchor);
            return null;
        }
        if (!EmailAddressSyntax.IsValid(value))
        {
            errors.Add(emailField, kind.InvalidMessage, kind.HelpAnchor);
            return null;
        }
        return value;
    }
}
