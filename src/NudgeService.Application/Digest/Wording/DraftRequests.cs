using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;

namespace NudgeService.Application.Digest.Wording;

/// <summary>What a draft may say about one person of the plan: the kind, the register of the tie, the names and the context the ledger knows.</summary>
public static class DraftRequests
{
    /// <summary>A meeting with more people than this is no shared memory: nobody recalls who was at an all-hands.</summary>
    private const int SharedMeetingAudience = 5;

    public static DraftRequest For(PlanItem item, Correspondent person, string language, string senderFirstName, int variant)
    {
        var kind = NudgeKinds.Of(item);
        var register = item.Tie?.Tier is Tier.Closest or Tier.Close ? Register.Familiar : Register.Formal;
        var displayName = string.IsNullOrWhiteSpace(person.DisplayName) ? item.Name : person.DisplayName;
        return new DraftRequest(
            kind,
            Languages.From(language),
            register,
            FirstName(person.Contact, displayName),
            FullName(person.Contact, displayName),
            senderFirstName.Trim(),
            variant,
            Context(item, person, kind));
    }

    private static string FirstName(ContactCard? card, string displayName) =>
        card?.GivenName is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : DisplayNames.FirstName(displayName);

    private static string FullName(ContactCard? card, string displayName)
    {
        var fromCard = string.Join(' ', new[] { card?.GivenName, card?.Surname }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));
        return fromCard.Contains(' ') ? fromCard : DisplayNames.Readable(displayName) is { Length: > 0 } readable ? readable : fromCard;
    }

    private static DraftContext Context(PlanItem item, Correspondent person, NudgeKind kind)
    {
        var facts = item.Event?.Facts;
        var lastInteraction = item.Tie?.History.LastDay ?? facts?.LastInteraction ?? LastTouchBefore(person, item.Event?.Date);
        var lastMeeting = person.LastMeeting is { Audience: <= SharedMeetingAudience } shared && !string.IsNullOrWhiteSpace(shared.Subject) ? shared : null;
        var upcoming = facts?.MeetingSubject ?? (kind == NudgeKind.SeeingSoon ? person.NextMeeting?.Subject : null);
        return new DraftContext
        {
            EventDate = item.Event?.Date,
            LastInteraction = lastInteraction,
            SilenceDays = item.Tie?.SilenceDays ?? SilenceBefore(item.Event?.Date, lastInteraction),
            LastMeetingSubject = lastMeeting?.Subject.Trim(),
            LastMeetingDate = lastMeeting is null ? null : DateOnly.FromDateTime(lastMeeting.Start.UtcDateTime),
            UpcomingMeetingSubject = string.IsNullOrWhiteSpace(upcoming) ? null : upcoming.Trim(),
            NewTitle = facts?.NewTitle,
            NewCompany = facts?.NewCompany,
            PreviousTitle = facts?.PreviousTitle,
            PreviousCompany = facts?.PreviousCompany,
            Age = facts?.Age,
        };
    }

    private static DateOnly? LastTouchBefore(Correspondent person, DateOnly? day)
    {
        DateOnly? last = null;
        foreach (var touch in person.Touches)
            if (day is null || touch.Day < day) last = touch.Day;
        return last;
    }

    private static int? SilenceBefore(DateOnly? day, DateOnly? last) =>
        day is { } until && last is { } since && until > since ? until.DayNumber - since.DayNumber : null;
}
