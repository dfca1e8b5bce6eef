using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;

namespace NudgeService.Application.Digest.Wording;

/// <summary>What a draft may say about one person of the plan: the kind, the register of the tie, the greeting and the context the ledger knows, worded as a person would.</summary>
public static class DraftRequests
{
    /// <summary>A meeting with more people than this is no shared memory: nobody recalls who was at an all-hands.</summary>
    private const int SharedMeetingAudience = 5;

    /// <summary>A silence this many usual gaps long is unusual for the tie, and worth saying.</summary>
    private const double UnusualSilenceInGaps = 1.5;

    public static DraftRequest For(PlanItem item, Correspondent person, string language, string senderFirstName, int variant, DateOnly today)
    {
        var kind = NudgeKinds.Of(item);
        language = Languages.From(language);
        var register = item.Tie?.Tier is Tier.Closest or Tier.Close ? Register.Familiar : Register.Formal;
        var displayName = string.IsNullOrWhiteSpace(person.DisplayName) ? item.Name : person.DisplayName;
        var firstName = FirstName(person.Contact, displayName);
        var surname = person.Contact?.Surname is { } cardSurname && !string.IsNullOrWhiteSpace(cardSurname) ? cardSurname.Trim() : DisplayNames.Surname(displayName);
        var title = DisplayNames.Title(displayName) ?? DisplayNames.Title(person.Contact?.DisplayName);
        return new DraftRequest(
            kind,
            language,
            register,
            Salutations.For(language, item.Tie?.Tier, firstName, title, surname, variant),
            firstName,
            senderFirstName.Trim(),
            variant,
            Context(item, person, kind, language, today));
    }

    private static string FirstName(ContactCard? card, string displayName) =>
        card?.GivenName is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : DisplayNames.FirstName(displayName);

    private static DraftContext Context(PlanItem item, Correspondent person, NudgeKind kind, string language, DateOnly today)
    {
        var facts = item.Event?.Facts;
        var lastMeeting = person.LastMeeting is { Audience: <= SharedMeetingAudience } shared ? shared.Subject : null;
        var upcoming = facts?.MeetingSubject ?? (kind == NudgeKind.SeeingSoon ? person.NextMeeting?.Subject : null);
        var unusual = UnusualSilence(item.Tie);
        return new DraftContext
        {
            EventDate = item.Event?.Date,
            Silence = unusual is { } days ? SpokenSilence.Length(days, language) : null,
            SilenceSinceMonth = unusual is not null && item.Tie?.History.LastDay is { } last ? SpokenSilence.SinceMonth(last, today, language) : null,
            LastMeeting = MeetingNames.Spoken(lastMeeting, language),
            UpcomingMeeting = MeetingNames.Spoken(upcoming, language),
            NewTitle = facts?.NewTitle,
            NewCompany = facts?.NewCompany,
            PreviousTitle = facts?.PreviousTitle,
            PreviousCompany = facts?.PreviousCompany,
            Age = facts?.Age,
        };
    }

    /// <summary>
    /// The silence in days when it is unusual for the tie (going cold, or well beyond its usual gap) and at least a few weeks long; null otherwise, so
    /// that someone who wrote last week is never told it has been long. Without a history there is nothing to compare.
    /// </summary>
    private static int? UnusualSilence(TieAssessment? tie) =>
        tie is { History.LastDay: not null } && tie.SilenceDays >= WeeklyPlanner.MinimumSilenceDays && (tie.GoingCold || tie.SilenceDays >= UnusualSilenceInGaps * tie.CadenceDays)
            ? tie.SilenceDays
            : null;
}
