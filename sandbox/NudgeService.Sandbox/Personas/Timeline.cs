namespace NudgeService.Sandbox.Personas;

/// <summary>
/// The persona's calendar: two years of history before now, three weeks of mail and a month of
/// meetings after it, counted in days of the owner's time zone.
/// </summary>
internal sealed class Timeline
{
    public const int HistoryDays = 730;
    public const int FutureMailDays = 21;
    public const int FutureCalendarDays = 30;

    private readonly Dictionary<string, ZoneClock> clocks;

    public Timeline(DateTimeOffset now, string ownerTimeZone)
    {
        Now = now.ToUniversalTime();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ownerTimeZone);
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);
        FirstDay = Today.AddDays(-HistoryDays);
        MailEndDay = Today.AddDays(FutureMailDays);
        CalendarEndDay = Today.AddDays(FutureCalendarDays);
        clocks = CompanyPool.TimeZones.ToDictionary(id => id, id => new ZoneClock(id, FirstDay.AddDays(-2), CalendarEndDay.AddDays(2)));
        Owner = clocks[ownerTimeZone];
    }

    public DateTimeOffset Now { get; }

    /// <summary>The owner's local date at <see cref="Now"/>.</summary>
    public DateOnly Today { get; }

    public DateOnly FirstDay { get; }

    /// <summary>First day without generated mail.</summary>
    public DateOnly MailEndDay { get; }

    /// <summary>First day without generated meetings.</summary>
    public DateOnly CalendarEndDay { get; }

    public ZoneClock Owner { get; }

    public DateTimeOffset Start => Owner.At(FirstDay, 0);

    public ZoneClock Clock(string timeZone) => clocks[timeZone];

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The day itself on weekdays, the following Monday on weekends.</summary>
    public static DateOnly NextWorkingDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
