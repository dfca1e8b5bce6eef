using NudgeService.Application.Digest;
using NudgeService.Application.Digest.Wording;
using NudgeService.Application.Web;

namespace NudgeService.Infrastructure.Templates;

/// <summary>The values a draft template sees; a missing fact is nil, so that <c>{% if %}</c> leaves it out.</summary>
internal static class DraftModel
{
    public static Dictionary<string, object?> Of(DraftRequest request, string language, int variant)
    {
        var context = request.Context;
        return new Dictionary<string, object?>
        {
            ["variant"] = variant,
            ["formal"] = request.Register == Register.Formal,
            ["greeting"] = Present(request.Greeting),
            ["first_name"] = Present(request.FirstName),
            ["sender"] = Present(request.SenderFirstName),
            ["since"] = Present(context.Silence),
            ["since_month"] = Present(context.SilenceSinceMonth),
            ["last_meeting"] = Present(context.LastMeeting),
            ["upcoming_meeting"] = Present(context.UpcomingMeeting),
            ["event_day"] = context.EventDate is { } date ? DayWords.Weekday(date, language) : null,
            ["new_title"] = Present(context.NewTitle),
            ["new_company"] = Present(context.NewCompany),
            ["previous_title"] = Present(context.PreviousTitle),
            ["previous_company"] = Present(context.PreviousCompany),
            ["age"] = context.Age is { } age and > 0 ? age : null,
        };
    }

    /// <summary>Names, titles and meeting subjects come from address books and calendars: one line each, without controls that would reorder the draft.</summary>
    private static string? Present(string? value) => SafeText.Line(value) is { Length: > 0 } line ? line : null;
}
