using System.Globalization;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph.Json;

/// <summary>microsoft.graph.event with start/end in UTC, or in the zone a Prefer: outlook.timezone header names.</summary>
public static class EventJson
{
    public static readonly EntityShape Shape = EntityShape.Of("event",
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "originalStartTimeZone", "originalEndTimeZone",
        "iCalUId", "reminderMinutesBeforeStart", "isReminderOn", "subject", "importance", "sensitivity", "isAllDay", "isCancelled",
        "isOrganizer", "responseRequested", "seriesMasterId", "showAs", "type", "webLink", "isOnlineMeeting", "responseStatus",
        "start", "end", "location", "attendees", "organizer");

    public static void Write(Utf8JsonWriter writer, Mailbox mailbox, CalendarEvent calendarEvent, TimeZoneInfo? zone, string? zoneName, IReadOnlySet<string>? select, bool inDelta, string webBase)
    {
        var json = new EntityJson(writer, select);
        var id = mailbox.FormatId(ItemKinds.Event, calendarEvent.Number);
        var changeKey = EntityJson.ChangeKey($"{id}|{calendarEvent.Start.UtcTicks}|{calendarEvent.End.UtcTicks}|{calendarEvent.IsCancelled}|{calendarEvent.OwnerResponse}|{calendarEvent.Subject}");
        var isOrganizer = mailbox.Owner.Owns(calendarEvent.Organizer.Address);
        writer.WriteStartObject();
        json.Annotations("event", changeKey, inDelta);
        json.Instant("createdDateTime", calendarEvent.Start.AddDays(-7));
        json.Instant("lastModifiedDateTime", calendarEvent.Start.AddDays(-7));
        json.String("changeKey", changeKey);
        json.Strings("categories", []);
        json.String("originalStartTimeZone", calendarEvent.TimeZone);
        json.String("originalEndTimeZone", calendarEvent.TimeZone);
        json.String("iCalUId", "040000008200E00074C5B7101A82E008" + calendarEvent.Number.ToString("X16", CultureInfo.InvariantCulture));
        if (json.Wants("reminderMinutesBeforeStart")) writer.WriteNumber("reminderMinutesBeforeStart", 15);
        json.Bool("isReminderOn", true);
        json.String("subject", calendarEvent.Subject);
        json.String("importance", "normal");
        json.String("sensitivity", "normal");
        json.Bool("isAllDay", calendarEvent.IsAllDay);
        json.Bool("isCancelled", calendarEvent.IsCancelled);
        json.Bool("isOrganizer", isOrganizer);
        json.Bool("responseRequested", true);
        json.String("seriesMasterId", calendarEvent.SeriesMasterNumber is { } master ? mailbox.FormatId(ItemKinds.Event, master) : null);
        json.String("showAs", calendarEvent.IsCancelled || calendarEvent.OwnerResponse == "declined" ? "free" : "busy");
        json.String("type", calendarEvent.SeriesMasterNumber is null ? "singleInstance" : "occurrence");
        json.String("webLink", MessageJson.WebLink(webBase, id));
        json.Bool("isOnlineMeeting", calendarEvent.IsOnlineMeeting);
        if (json.Wants("responseStatus"))
        {
            writer.WriteStartObject("responseStatus");
            writer.WriteString("response", isOrganizer ? "organizer" : calendarEvent.OwnerResponse);
            writer.WriteString("time", "0001-01-01T00:00:00Z");
            writer.WriteEndObject();
        }
        if (calendarEvent.IsAllDay)
        {
            AllDayDateTime("start", calendarEvent.Start, calendarEvent.TimeZone, zoneName, json);
            AllDayDateTime("end", calendarEvent.End, calendarEvent.TimeZone, zoneName, json);
        }
        else
        {
            DateTimeTimeZone("start", calendarEvent.Start, zone, zoneName, json);
            DateTimeTimeZone("end", calendarEvent.End, zone, zoneName, json);
        }
        if (json.Wants("location"))
        {
            writer.WriteStartObject("location");
            writer.WriteString("displayName", calendarEvent.Location ?? "");
            writer.WriteString("locationType", "default");
            writer.WriteEndObject();
        }
        if (json.Wants("attendees"))
        {
            writer.WriteStartArray("attendees");
            foreach (var attendee in calendarEvent.Attendees)
            {
                writer.WriteStartObject();
                writer.WriteString("type", attendee.Type);
                writer.WriteStartObject("status");
                writer.WriteString("response", attendee.Response);
                writer.WriteString("time", "0001-01-01T00:00:00Z");
                writer.WriteEndObject();
                json.EmailAddress(attendee.Person);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (json.Wants("organizer"))
        {
            writer.WriteStartObject("organizer");
            json.EmailAddress(calendarEvent.Organizer);
            writer.WriteEndObject();
        }
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }

    /// <summary>
    /// An all-day event's bound as Outlook gives it: midnight of its date in the zone it was made in,
    /// never converted, yet labelled with UTC or the zone Prefer: outlook.timezone asked for. A client
    /// that reads it as an instant puts the event on the day before west of UTC.
    /// </summary>
    private static void AllDayDateTime(string name, DateTimeOffset instant, string eventZone, string? zoneName, EntityJson json)
    {
        if (!json.Wants(name)) return;
        var date = TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(eventZone)).Date;
        json.Writer.WriteStartObject(name);
        json.Writer.WriteString("dateTime", date.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
        json.Writer.WriteString("timeZone", zoneName ?? "UTC");
        json.Writer.WriteEndObject();
    }

    private static void DateTimeTimeZone(string name, DateTimeOffset instant, TimeZoneInfo? zone, string? zoneName, EntityJson json)
    {
        if (!json.Wants(name)) return;
        var local = zone is null ? instant.UtcDateTime : TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone);
        json.Writer.WriteStartObject(name);
        json.Writer.WriteString("dateTime", local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
        json.Writer.WriteString("timeZone", zone is null ? "UTC" : zoneName);
        json.Writer.WriteEndObject();
    }
}
