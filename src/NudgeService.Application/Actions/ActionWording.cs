using NudgeService.Application.Accounts;
using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Actions;

internal static class ActionWording
{
    /// <summary>The instant as the user's own calendar shows it.</summary>
    public static DateTime Local(UserAccount account, DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZones.Of(account.TimeZone)).DateTime;

    public static DateOnly Today(UserAccount account, DateTimeOffset now) => DateOnly.FromDateTime(Local(account, now));

    /// <summary>Fills "{1}", "{2}"… and leaves "{0}" for the name, which the page isolates.</summary>
    public static string Fill(string template, string language, params object[] values) =>
        string.Format(Languages.Culture(language), template, ["{0}", .. values]);
}
