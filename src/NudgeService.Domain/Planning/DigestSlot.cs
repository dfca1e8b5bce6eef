using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Planning;

/// <summary>When a user's weekly digest is due: a day of the week and an hour, in their own time zone.</summary>
public readonly record struct DigestSlot
{
    public DigestSlot(DayOfWeek day, int hour)
    {
        if (!Enum.IsDefined(day)) throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
        if (hour is < 0 or > 23) throw new ArgumentOutOfRangeException(nameof(hour), hour, "A digest hour is between 0 and 23.");
        Day = day;
        Hour = hour;
    }

    public DayOfWeek Day { get; }

    public int Hour { get; }

    /// <summary>The next slot strictly after <paramref name="now"/>, as a local time with its offset.</summary>
    public DateTimeOffset Next(TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = LocalDay.Of(now, zone);
        var date = today.AddDays(((int)Day - (int)today.DayOfWeek + 7) % 7);
        for (var candidate = date; ; candidate = candidate.AddDays(7))
        {
            var wallClock = candidate.ToDateTime(new TimeOnly(Hour, 0));
            // A wall-clock hour skipped by a daylight-saving jump happens at the first valid minute after it.
            while (zone.IsInvalidTime(wallClock)) wallClock = wallClock.AddMinutes(30);
            var slot = new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
            if (slot > now) return slot;
        }
    }
}
