using System.Globalization;
using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Planning;

/// <summary>An ISO 8601 week, e.g. "2026-W48": the unit of "one digest per user per week".</summary>
public readonly record struct DigestWeek : IComparable<DigestWeek>
{
    public DigestWeek(int year, int number)
    {
        if (year is < 1 or > 9998) throw new ArgumentOutOfRangeException(nameof(year), year, "An ISO week's year is between 1 and 9998.");
        if (number < 1 || number > ISOWeek.GetWeeksInYear(year)) throw new ArgumentOutOfRangeException(nameof(number), number, $"{year} has {ISOWeek.GetWeeksInYear(year)} ISO weeks.");
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    public static DigestWeek Of(DateOnly day) =>
        new(ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)));

    /// <summary>The week of the instant as the user's calendar shows it.</summary>
    public static DigestWeek Of(DateTimeOffset at, TimeZoneInfo zone) => Of(LocalDay.Of(at, zone));

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));

    /// <summary>The first instant after the week, in the user's zone.</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone)
    {
        var nextMonday = Monday.AddDays(7).ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(nextMonday)) nextMonday = nextMonday.AddMinutes(30);
        return new DateTimeOffset(nextMonday, zone.GetUtcOffset(nextMonday));
    }

    public DigestWeek Previous => Of(Monday.AddDays(-7));

    public static bool TryParse(string? text, out DigestWeek week)
    {
        week = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 2000 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new DigestWeek(year, number);
        return true;
    }

    public static DigestWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2026-W48.");

    public int CompareTo(DigestWeek other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(DigestWeek left, DigestWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(DigestWeek left, DigestWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(DigestWeek left, DigestWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DigestWeek left, DigestWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Number:D2}");
}
