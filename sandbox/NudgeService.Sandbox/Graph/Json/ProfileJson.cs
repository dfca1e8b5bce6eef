using System.Globalization;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph.Json;

/// <summary>/me (microsoft.graph.user) and /me/mailboxSettings.</summary>
public static class ProfileJson
{
    public static readonly EntityShape UserShape = EntityShape.Of("user",
        "id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "jobTitle", "officeLocation", "preferredLanguage", "mobilePhone", "businessPhones");

    public static readonly EntityShape MailboxSettingsShape = EntityShape.Of("mailboxSettings",
        "timeZone", "language", "dateFormat", "timeFormat", "workingHours", "automaticRepliesSetting", "delegateMeetingMessageDeliveryOptions", "userPurpose");

    public static void WriteUser(Utf8JsonWriter writer, MailboxOwner owner, string serviceRoot, IReadOnlySet<string>? select)
    {
        var json = new EntityJson(writer, select);
        writer.WriteStartObject();
        writer.WriteString("@odata.context", $"{serviceRoot}/$metadata#users/$entity");
        json.Strings("businessPhones", []);
        json.String("displayName", owner.DisplayName);
        json.String("givenName", owner.GivenName);
        json.String("jobTitle", owner.JobTitle);
        json.String("mail", owner.Kind == MailboxKind.Personal ? null : owner.Address);
        json.String("mobilePhone", null);
        json.String("officeLocation", null);
        json.String("preferredLanguage", owner.Locale);
        json.String("surname", owner.Surname);
        json.String("userPrincipalName", owner.SignIn);
        writer.WriteString("id", owner.ObjectId);
        writer.WriteEndObject();
    }

    public static void WriteMailboxSettings(Utf8JsonWriter writer, MailboxOwner owner, string serviceRoot, IReadOnlySet<string>? select)
    {
        var json = new EntityJson(writer, select);
        var culture = CultureInfo.GetCultureInfo(owner.Locale);
        writer.WriteStartObject();
        writer.WriteString("@odata.context", $"{serviceRoot}/$metadata#users('{owner.ObjectId}')/mailboxSettings");
        json.String("timeZone", owner.TimeZone);
        if (json.Wants("language"))
        {
            writer.WriteStartObject("language");
            writer.WriteString("locale", owner.Locale);
            writer.WriteString("displayName", culture.EnglishName);
            writer.WriteEndObject();
        }
        json.String("dateFormat", culture.DateTimeFormat.ShortDatePattern);
        json.String("timeFormat", culture.DateTimeFormat.ShortTimePattern);
        json.String("delegateMeetingMessageDeliveryOptions", "sendToDelegateOnly");
        json.String("userPurpose", "user");
        if (json.Wants("workingHours"))
        {
            writer.WriteStartObject("workingHours");
            writer.WriteStartArray("daysOfWeek");
            foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }) writer.WriteStringValue(day);
            writer.WriteEndArray();
            writer.WriteString("startTime", "08:00:00.0000000");
            writer.WriteString("endTime", "18:00:00.0000000");
            writer.WriteStartObject("timeZone");
            writer.WriteString("name", owner.TimeZone);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        if (json.Wants("automaticRepliesSetting"))
        {
            writer.WriteStartObject("automaticRepliesSetting");
            writer.WriteString("status", "disabled");
            writer.WriteString("externalAudience", "all");
            writer.WriteString("internalReplyMessage", "");
            writer.WriteString("externalReplyMessage", "");
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
