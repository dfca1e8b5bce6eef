using System.Globalization;

namespace NudgeService.Domain.Review;

/// <summary>A calendar quarter, e.g. "2026-Q4": the unit of "one network review per user per quarter".</summary>
public readonly record struct ReviewQuarter : IComparable<ReviewQuarter>
{
    public ReviewQuarter(int year, int number)
    {
        if (number is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(number), number, "A quarter is numbered 1 to 4.");
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    public static ReviewQuarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public ReviewQuarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public static bool TryParse(string? text, out ReviewQuarter quarter)
    {
        quarter = default;
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'Q'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || text[6] is < '1' or > '4' || year < 2000)
        {
            return false;
        }
        quarter = new ReviewQuarter(year, text[6] - '0');
        return true;
    }

    public int CompareTo(ReviewQuarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");
}
