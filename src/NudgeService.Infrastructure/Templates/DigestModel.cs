using NudgeService.Application.Digest;
using NudgeService.Application.Digest.Wording;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>The values the digest templates see: items grouped by section in reading order, drafts split into paragraphs.</summary>
internal static class DigestModel
{
    public static Dictionary<string, object?> Of(DigestView digest, string language)
    {
        var culture = Languages.Culture(language);
        var items = digest.Items.Select(item => (Section: DigestSections.Of(item.Kind), Values: Item(item, digest.Today, language))).ToList();
        List<Dictionary<string, object?>> ItemsOf(DigestSection section) => items.Where(item => item.Section == section).Select(item => item.Values).ToList();
        var sections = Enum.GetValues<DigestSection>()
            .Where(section => items.Any(item => item.Section == section))
            .Select(section => new Dictionary<string, object?> { ["key"] = Key(section), ["items"] = ItemsOf(section) })
            .ToList();
        return new Dictionary<string, object?>
        {
            ["lang"] = language,
            ["user_first_name"] = SafeText.Line(digest.UserFirstName) is { Length: > 0 } userFirstName ? userFirstName : null,
            ["week"] = digest.Week.ToString("d MMMM", culture),
            ["quiet_week"] = items.Count == 0,
            ["first_look"] = digest.FirstLook is not null,
            ["digest_day"] = digest.FirstLook is { } rhythm ? culture.DateTimeFormat.GetDayName(rhythm.Day) : null,
            ["digest_hour"] = digest.FirstLook is { } slot ? new TimeOnly(slot.Hour, 0).ToString("HH:mm", culture) : null,
            ["sections"] = sections,
            ["celebrate"] = ItemsOf(DigestSection.ToCelebrate),
            ["news"] = ItemsOf(DigestSection.News),
            ["reconnect"] = ItemsOf(DigestSection.ToReconnect),
            ["coming_up"] = ItemsOf(DigestSection.ComingUp),
            ["people"] = items.Select(item => item.Values["name"]).Distinct().ToList(),
            ["preferences"] = digest.Footer.Preferences,
            ["disconnect"] = digest.Footer.Disconnect,
            ["unsubscribe"] = digest.Footer.Unsubscribe,
        };
    }

    private static Dictionary<string, object?> Item(DigestItem item, DateOnly today, string language)
    {
        // Names come from other people's address books: no control in them may reorder the digest around them.
        var personName = SafeText.Line(item.PersonName);
        var firstName = DisplayNames.FirstName(personName);
        return new Dictionary<string, object?>
        {
            ["kind"] = KindName(item.Kind),
            ["person"] = personName.Length == 0 ? item.Address : personName,
            ["name"] = firstName.Length > 0 ? firstName : personName.Length == 0 ? item.Address : personName,
            ["address"] = item.Address,
            ["why"] = item.Why,
            ["when"] = item.Date is { } date ? DayWords.On(date, today, language) : null,
            ["draft_subject"] = item.Draft.Subject,
            ["draft_lines"] = item.Draft.Body.Replace("\r\n", "\n").Split('\n'),
            ["draft"] = Paragraphs(item.Draft.Body),
            ["send"] = item.Actions.Send,
            ["edit"] = item.Actions.EditInOutlook,
            ["snooze"] = item.Actions.Snooze,
            ["not_this_person"] = item.Actions.NotThisPerson,
        };
    }

    /// <summary>Paragraphs of lines, so the HTML template can lay out a plain-text draft without trusting it as markup.</summary>
    private static List<List<string>> Paragraphs(string body) =>
        body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => paragraph.Split('\n').Select(line => line.Trim()).ToList())
            .ToList();

    private static string Key(DigestSection section) => section switch
    {
        DigestSection.ToCelebrate => "celebrate",
        DigestSection.News => "news",
        DigestSection.ToReconnect => "reconnect",
        _ => "coming_up",
    };

    private static string KindName(NudgeKind kind) => kind switch
    {
        NudgeKind.Birthday => "birthday",
        NudgeKind.NewRole => "new_role",
        NudgeKind.CheckIn => "check_in",
        NudgeKind.NewDomain => "new_domain",
        NudgeKind.SeeingSoon => "seeing_soon",
        _ => "reconnect",
    };
}
