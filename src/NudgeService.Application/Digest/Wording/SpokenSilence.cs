using NudgeService.Application.Web;

namespace NudgeService.Application.Digest.Wording;

/// <summary>
/// A silence as people say it in a note: "a couple of months", "the best part of a year", « quelques
/// mois », or "since March" when the month is recent enough to be unambiguous. A digest's reason can
/// be exact ("11 weeks"); a message to a friend is not a report.
/// </summary>
public static class SpokenSilence
{
    /// <summary>Fits after "it's been" / « ça fait »; null under four weeks, which nobody calls long.</summary>
    public static string? Length(int days, string language)
    {
        var french = Languages.From(language) == Languages.French;
        return days switch
        {
            < 28 => null,
            < 49 => french ? "plus d'un mois" : "over a month",
            < 76 => french ? "deux mois" : "a couple of months",
            < 151 => french ? "quelques mois" : "a few months",
            < 241 => french ? "plusieurs mois" : "several months",
            < 331 => french ? "près d'un an" : "the best part of a year",
            < 500 => french ? "plus d'un an" : "over a year",
            < 700 => french ? "un an et demi" : "a year and a half",
            _ => french ? "des années" : "years",
        };
    }

    /// <summary>"since March", « depuis mars »: only between three and ten months back, where the month names one moment.</summary>
    public static string? SinceMonth(DateOnly lastInTouch, DateOnly today, string language)
    {
        var days = today.DayNumber - lastInTouch.DayNumber;
        if (days is < 90 or > 300) return null;
        var month = Languages.Culture(Languages.From(language)).DateTimeFormat.GetMonthName(lastInTouch.Month);
        return Languages.From(language) == Languages.French ? $"depuis {month}" : $"since {month}";
    }
}
