namespace NudgeService.Domain.LifeEvents;

/// <summary>
/// Reads the calendar date of a birthday as Outlook stores it: an instant that is usually
/// midnight UTC (so it must not be shifted into a western zone, where it would fall the day
/// before), sometimes midnight of the user's or another zone converted to UTC, with year 1604
/// or 0001 when the year is unknown.
/// </summary>
public static class BirthdayReading
{
    /// <summary>Outlook writes 1604 and some clients 0001 for "year unknown"; no living person was born before this.</summary>
    private const int EarliestRealYear = 1900;

    public static (int Month, int Day, int? Year) Read(DateTimeOffset stored, TimeZoneInfo userZone)
    {
        var date = DateOf(stored, userZone);
        return (date.Month, date.Day, date.Year >= EarliestRealYear ? date.Year : null);
    }

    private static DateOnly DateOf(DateTimeOffset stored, TimeZoneInfo userZone)
    {
        var utc = stored.UtcDateTime;
        if (utc.TimeOfDay == TimeSpan.Zero) return DateOnly.FromDateTime(utc);
        if (utc.Year > 1)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(utc, userZone);
            if (local.TimeOfDay == TimeSpan.Zero) return DateOnly.FromDateTime(local);
        }
        // Midnight of some other zone: the nearest UTC midnight is that zone's date for offsets within ±12 h.
        return DateOnly.FromDateTime(utc.AddHours(12));
    }

    /// <summary>The day the birthday falls on in <paramref name="year"/>: 28 February for 29 February outside leap years.</summary>
    public static DateOnly CelebratedIn(int month, int day, int year) =>
        month == 2 && day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, month, day);
}
