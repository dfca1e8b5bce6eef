namespace NudgeService.Sandbox.Personas;

/// <summary>When people write: office hours for work, evenings and weekends for friends.</summary>
internal static class WorkingHours
{
    public static DateTimeOffset WorkTime(ZoneClock zone, DateOnly day, SeededRandom random)
    {
        var hour = random.Uniform(8.5, 18.75);
        if (hour is > 12.5 and < 13.75 && random.Chance(0.6)) hour = random.Uniform(14, 17.5);
        if (random.Chance(0.04)) hour = random.Uniform(19.5, 23);
        return zone.At(day, hour);
    }

    public static DateTimeOffset PersonalTime(ZoneClock zone, DateOnly day, SeededRandom random) =>
        Timeline.IsWeekend(day) ? zone.At(day, random.Uniform(9.5, 21.5))
        : random.Chance(0.3) ? zone.At(day, random.Uniform(12.3, 13.8))
        : zone.At(day, random.Uniform(18.5, 22.75));

    /// <summary>An answer some minutes to hours later; mail that would land at night waits for the next morning.</summary>
    public static DateTimeOffset ReplyTime(DateTimeOffset after, ZoneClock replierZone, SeededRandom random, double meanMinutes = 150)
    {
        var at = after.AddMinutes(4 + random.Exponential(meanMinutes));
        var hour = replierZone.LocalHour(at);
        if (hour is >= 7.5 and <= 21.5) return at;
        var localDay = DateOnly.FromDateTime((at.UtcDateTime + replierZone.OffsetOn(DateOnly.FromDateTime(at.UtcDateTime))).Date);
        var morning = hour > 21.5 ? localDay.AddDays(1) : localDay;
        return replierZone.At(morning, random.Uniform(7.75, 10));
    }

    /// <summary>A meeting slot on the half hour, inside the owner's day and, where the zones allow, the organiser's.</summary>
    public static DateTimeOffset MeetingSlot(ZoneClock ownerZone, ZoneClock organizerZone, DateOnly day, SeededRandom random)
    {
        var shift = (ownerZone.OffsetOn(day) - organizerZone.OffsetOn(day)).TotalHours;
        var slots = new List<double>(20);
        for (var hour = 8.5; hour <= 17.5; hour += 0.5)
        {
            var ownerHour = hour + shift;
            if (ownerHour is >= 8.5 and <= 18.5) slots.Add(hour);
        }
        if (slots.Count == 0)
        {
            var early = organizerZone.OffsetOn(day) > ownerZone.OffsetOn(day);
            slots.Add(early ? 8 : 17.5);
        }
        return organizerZone.At(day, random.Pick(slots));
    }
}
