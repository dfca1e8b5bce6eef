using System.Globalization;

namespace NudgeService.Application.Web;

/// <summary>The languages NudgeService speaks; anything else falls back to English.</summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";

    /// <summary>"fr-FR", "fr-CA" and "fr" are French; every other locale, or none, is English.</summary>
    public static string From(string? locale) =>
        locale is { Length: >= 2 } && locale[..2].Equals(French, StringComparison.OrdinalIgnoreCase) ? French : English;

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == French ? "fr-FR" : "en-GB");
}
