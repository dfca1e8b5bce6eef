namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Turns wall-clock times of one time zone into UTC instants. The offset is cached per day:
/// hundreds of thousands of conversions through TimeZoneInfo would dominate generation time,
/// and daylight-saving changes happen at night, outside the hours a persona uses.
/// </summary>
internal sealed class ZoneClock
{
    private readonly DateOnly firstDay;
    private readonly TimeSpan[] offsets;

    public ZoneClock(string windowsId, DateOnly firstDay, DateOnly lastDay)
    {
        WindowsId = windowsId;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(windowsId);
        this.firstDay = firstDay;
        offsets = new TimeSpan[lastDay.DayNumber - firstDay.DayNumber + 1];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = Zone.GetUtcOffset(firstDay.AddDays(i).ToDateTime(new TimeOnly(12, 0)));
        }
    }

    public string WindowsId { get; }

    public TimeZoneInfo Zone { get; }

    public TimeSpan OffsetOn(DateOnly day)
    {
        var index = day.DayNumber - firstDay.DayNumber;
        return index >= 0 && index < offsets.Length
            ? offsets[index]
            : Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0)));
    }

    /// <summary>The UTC instant of <paramref name="hours"/> past local midnight of <paramref name="day"/>.</summary>
    public DateTimeOffset At(DateOnly day, double hours) =>
        new(day.ToDateTime(TimeOnly.MinValue).AddHours(hours) - OffsetOn(day), TimeSpan.Zero);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Local hour of day (0–24) of an instant, using the day's cached offset.</summary>
    public double LocalHour(DateTimeOffset instant)
    {
        var local = instant.UtcDateTime + OffsetOn(DateOnly.FromDateTime(instant.UtcDateTime));
        return local.TimeOfDay.TotalHours;
    }
}
