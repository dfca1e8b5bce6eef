namespace NudgeService.Domain.Ledger;

public static class TimeZones
{
    /// <summary>Outlook's zone (Windows or IANA id) as a TimeZoneInfo; UTC when the id is unknown.</summary>
    public static TimeZoneInfo Of(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
