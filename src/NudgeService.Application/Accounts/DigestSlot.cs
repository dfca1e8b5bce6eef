namespace NudgeService.Application.Accounts;

/// <summary>When a user's weekly digest is due, in their own time zone.</summary>
public static class DigestSlot
{
    /// <summary>The next slot strictly after <paramref name="now"/>, as a local time with its offset.</summary>
    public static DateTimeOffset Next(DayOfWeek day, int hour, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var date = local.Date.AddDays(((int)day - (int)local.DayOfWeek + 7) % 7);
        for (var candidate = date; ; candidate = candidate.AddDays(7))
        {
            var wallClock = candidate.AddHours(hour);
            // A wall-clock hour skipped by a daylight-saving jump happens at the first valid minute after it.
            while (zone.IsInvalidTime(wallClock)) wallClock = wallClock.AddMinutes(30);
            var slot = new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
            if (slot > now) return slot;
        }
    }

    /// <summary>Outlook's zone (Windows or IANA id) as a TimeZoneInfo; UTC when the id is unknown.</summary>
    public static TimeZoneInfo Zone(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
