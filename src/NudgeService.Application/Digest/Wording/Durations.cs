using System.Globalization;
using NudgeService.Application.Web;

namespace NudgeService.Application.Digest.Wording;

/// <summary>A number of days as a person says it, in English or French: days up to two weeks (a week of seven), then weeks, then months, then years.</summary>
public static class Durations
{
    private enum Unit { Day, Week, Month, Year }

    /// <summary>"11 weeks", "7 mois".</summary>
    public static string Of(int days, string language)
    {
        var (count, unit) = Rounded(days);
        return $"{count.ToString(CultureInfo.InvariantCulture)} {Name(unit, count, language)}";
    }

    /// <summary>"about every 2 weeks" reads "every 2 weeks"; one of a unit reads "every week", "chaque semaine".</summary>
    public static string Every(int days, string language)
    {
        var (count, unit) = Rounded(Math.Max(1, days));
        var french = language == Languages.French;
        if (count == 1) return (french ? "chaque " : "every ") + Name(unit, 1, language);
        var every = french ? (unit == Unit.Week ? "toutes les" : "tous les") : "every";
        return $"{every} {count.ToString(CultureInfo.InvariantCulture)} {Name(unit, count, language)}";
    }

    /// <summary>"7 months ago", "il y a 7 mois".</summary>
    public static string Ago(int days, string language) => days switch
    {
        <= 0 => language == Languages.French ? "aujourd'hui" : "today",
        1 => language == Languages.French ? "hier" : "yesterday",
        _ => language == Languages.French ? $"il y a {Of(days, language)}" : $"{Of(days, language)} ago",
    };

    private static (int Count, Unit Unit) Rounded(int days) => days switch
    {
        7 => (1, Unit.Week),
        < 14 => (Math.Max(1, days), Unit.Day),
        < 91 => ((int)Math.Round(days / 7.0), Unit.Week),
        < 730 => ((int)Math.Round(days / 30.44), Unit.Month),
        _ => ((int)Math.Round(days / 365.25), Unit.Year),
    };

    private static string Name(Unit unit, int count, string language)
    {
        var plural = count > 1;
        return (language == Languages.French, unit) switch
        {
            (true, Unit.Day) => plural ? "jours" : "jour",
            (true, Unit.Week) => plural ? "semaines" : "semaine",
            (true, Unit.Month) => "mois",
            (true, Unit.Year) => plural ? "ans" : "an",
            (false, Unit.Day) => plural ? "days" : "day",
            (false, Unit.Week) => plural ? "weeks" : "week",
            (false, Unit.Month) => plural ? "months" : "month",
            _ => plural ? "years" : "year",
        };
    }
}
