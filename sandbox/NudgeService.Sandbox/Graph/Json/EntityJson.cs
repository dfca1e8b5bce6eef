using System.Globalization;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph.Json;

/// <summary>Writes one entity's properties, keeping only those $select asked for (id is always written).</summary>
public sealed class EntityJson(Utf8JsonWriter writer, IReadOnlySet<string>? select)
{
    public Utf8JsonWriter Writer => writer;

    public bool Wants(string name) => select is null || select.Contains(name);

    public void Annotations(string typeName, string changeKey, bool withType)
    {
        if (withType) writer.WriteString("@odata.type", "#microsoft.graph." + typeName);
        writer.WriteString("@odata.etag", $"W/\"{changeKey}\"");
    }

    public void String(string name, string? value)
    {
        if (!Wants(name)) return;
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, value);
    }

    public void Bool(string name, bool value)
    {
        if (Wants(name)) writer.WriteBoolean(name, value);
    }

    public void Instant(string name, DateTimeOffset? value)
    {
        if (!Wants(name)) return;
        if (value is null) writer.WriteNull(name); else writer.WriteString(name, Format(value.Value));
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        if (!Wants(name)) return;
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    public void Recipient(string name, MailPerson person)
    {
        if (!Wants(name)) return;
        writer.WritePropertyName(name);
        WriteRecipient(person);
    }

    public void Recipients(string name, IEnumerable<MailPerson> people)
    {
        if (!Wants(name)) return;
        writer.WriteStartArray(name);
        foreach (var person in people) WriteRecipient(person);
        writer.WriteEndArray();
    }

    public void EmailAddress(MailPerson person)
    {
        writer.WriteStartObject("emailAddress");
        writer.WriteString("name", person.Name);
        writer.WriteString("address", person.Address);
        writer.WriteEndObject();
    }

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A changeKey that changes whenever the item's state does.</summary>
    public static string ChangeKey(string state) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(state)).AsSpan(0, 12));

    private void WriteRecipient(MailPerson person)
    {
        writer.WriteStartObject();
        EmailAddress(person);
        writer.WriteEndObject();
    }
}
