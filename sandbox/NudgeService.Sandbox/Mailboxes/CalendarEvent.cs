namespace NudgeService.Sandbox.Mailboxes;

/// <summary>One calendar item as calendarView returns it: a single meeting or one occurrence of a series.</summary>
public sealed record CalendarEvent
{
    public required long Number { get; init; }
    public required string Subject { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    /// <summary>The Windows time zone the organizer scheduled it in.</summary>
    public required string TimeZone { get; init; }
    public required MailPerson Organizer { get; init; }
    public required IReadOnlyList<EventAttendee> Attendees { get; init; }
    public bool IsCancelled { get; init; }
    public bool IsAllDay { get; init; }
    public bool IsOnlineMeeting { get; init; }
    public string? Location { get; init; }
    /// <summary>The owner's answer: organizer, accepted, tentativelyAccepted, declined, notResponded or none.</summary>
    public string OwnerResponse { get; init; } = "accepted";
    /// <summary>Set for occurrences of a recurring series; the series master's number.</summary>
    public long? SeriesMasterNumber { get; init; }
}

public sealed record EventAttendee(MailPerson Person, string Type = "required", string Response = "accepted");
