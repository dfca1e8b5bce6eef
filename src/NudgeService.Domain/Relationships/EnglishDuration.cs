using System.Globalization;

namespace NudgeService.Domain.Relationships;

/// <summary>A number of days as a person says it: days up to two weeks, then weeks, then months.</summary>
public static class EnglishDuration
{
    public static string Of(int days) => days switch
    {
        <= 1 => "day",
        < 14 => Plural(days, "day"),
        < 91 => Plural((int)Math.Round(days / 7.0), "week"),
        < 730 => Plural((int)Math.Round(days / 30.44), "month"),
        _ => Plural((int)Math.Round(days / 365.25), "year"),
    };

    private static string Plural(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
