using NudgeService.Application.Web;

namespace NudgeService.Application.Digest.Wording;

/// <summary>A day as said in a sentence about this week: "on Thursday", "jeudi", "tomorrow"; a date only when it is further away.</summary>
public static class DayWords
{
    /// <summary>Fits after a noun or verb: "Birthday on Thursday", "Anniversaire jeudi", "You meet tomorrow".</summary>
    public static string On(DateOnly date, DateOnly today, string language)
    {
        var french = language == Languages.French;
        var culture = Languages.Culture(language);
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => french ? "aujourd'hui" : "today",
            1 => french ? "demain" : "tomorrow",
            -1 => french ? "hier" : "yesterday",
            >= 2 and <= 6 => french ? Weekday(date, language) : "on " + Weekday(date, language),
            <= -2 and >= -6 => french ? Weekday(date, language) + " dernier" : "last " + Weekday(date, language),
            _ => french ? "le " + date.ToString("d MMMM", culture) : "on " + date.ToString("d MMMM", culture),
        };
    }

    /// <summary>"Thursday", "jeudi".</summary>
    public static string Weekday(DateOnly date, string language) =>
        Languages.Culture(language).DateTimeFormat.GetDayName(date.DayOfWeek);
}
