using System.Net.Mail;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>The message object a client posts to sendMail or to create a draft, validated as Exchange would.</summary>
public sealed record OutgoingMessage(string Subject, MailBody Body, IReadOnlyList<MailPerson> To, IReadOnlyList<MailPerson> Cc)
{
    public static (OutgoingMessage? Message, GraphResponse? Error) Parse(JsonElement message, bool requireRecipients)
    {
        if (message.ValueKind != JsonValueKind.Object) return (null, GraphErrors.BadRequest("The message is missing or is not an object."));
        var subject = message.TryGetProperty("subject", out var subjectElement) && subjectElement.ValueKind == JsonValueKind.String ? subjectElement.GetString()! : "";
        var body = new MailBody("text", "");
        if (message.TryGetProperty("body", out var bodyElement) && bodyElement.ValueKind == JsonValueKind.Object)
        {
            var contentType = bodyElement.TryGetProperty("contentType", out var type) ? type.GetString() ?? "text" : "text";
            if (!contentType.Equals("text", StringComparison.OrdinalIgnoreCase) && !contentType.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                return (null, GraphErrors.BadRequest($"Invalid body contentType '{contentType}'."));
            }
            body = new MailBody(contentType.ToLowerInvariant(), bodyElement.TryGetProperty("content", out var content) ? content.GetString() ?? "" : "");
        }
        var (to, toError) = Recipients(message, "toRecipients");
        var (cc, ccError) = Recipients(message, "ccRecipients");
        if ((toError ?? ccError) is { } error) return (null, error);
        if (requireRecipients && to.Count + cc.Count == 0)
        {
            return (null, GraphErrors.Create(400, "ErrorInvalidRecipients", "At least one recipient isn't valid., A message can't be sent because it contains no recipients."));
        }
        return (new OutgoingMessage(subject, body, to, cc), null);
    }

    private static (IReadOnlyList<MailPerson> People, GraphResponse? Error) Recipients(JsonElement message, string property)
    {
        if (!message.TryGetProperty(property, out var list) || list.ValueKind == JsonValueKind.Null) return ([], null);
        if (list.ValueKind != JsonValueKind.Array) return ([], GraphErrors.BadRequest($"'{property}' must be an array of recipients."));
        var people = new List<MailPerson>();
        foreach (var recipient in list.EnumerateArray())
        {
            if (!recipient.TryGetProperty("emailAddress", out var email) || !email.TryGetProperty("address", out var addressElement)
                || addressElement.GetString() is not { } address || !MailAddress.TryCreate(address, out _))
            {
                return ([], GraphErrors.Create(400, "ErrorInvalidRecipients", $"At least one recipient isn't valid in '{property}'."));
            }
            var name = email.TryGetProperty("name", out var nameElement) ? nameElement.GetString() : null;
            people.Add(new MailPerson(name ?? address, address.ToLowerInvariant()));
        }
        return (people, null);
    }
}
