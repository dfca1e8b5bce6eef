namespace NudgeService.Sandbox.Personas;

/// <summary>The ways Outlook ends up storing a birthday.</summary>
internal enum BirthdayStorage
{
    /// <summary>The real date at 00:00Z.</summary>
    UtcMidnight,

    /// <summary>Year unknown: Outlook's 1604.</summary>
    NoYear,

    /// <summary>Year unknown, stored by a client that uses year 0001.</summary>
    PlaceholderYear,

    /// <summary>Midnight in the owner's zone converted to UTC: the previous day at 23:00Z or 22:00Z in Paris.</summary>
    OwnerMidnight,

    /// <summary>Midnight in Paris converted to UTC, whatever the owner's zone: a phone set up in Europe.</summary>
    ParisMidnight,
}

/// <param name="Year">The birth year when the card knows it.</param>
internal sealed record Birthday(int Month, int Day, int? Year, BirthdayStorage Storage)
{
    private static readonly TimeZoneInfo ParisZone = TimeZoneInfo.FindSystemTimeZoneById(CompanyPool.Paris);

    public DateTimeOffset Stored(TimeZoneInfo ownerZone) => Storage switch
    {
        BirthdayStorage.NoYear => new DateTimeOffset(1604, Month, Day, 0, 0, 0, TimeSpan.Zero),
        BirthdayStorage.PlaceholderYear => new DateTimeOffset(1, Month, Day, 0, 0, 0, TimeSpan.Zero),
        BirthdayStorage.OwnerMidnight => LocalMidnight(ownerZone),
        BirthdayStorage.ParisMidnight => LocalMidnight(ParisZone),
        _ => new DateTimeOffset(Year!.Value, Month, Day, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>The day it is celebrated in <paramref name="year"/>: 28 February for 29 February outside leap years.</summary>
    public DateOnly CelebratedIn(int year) =>
        Month == 2 && Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, Month, Day);

    private DateTimeOffset LocalMidnight(TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(Year!.Value, Month, Day, 0, 0, 0, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
}
