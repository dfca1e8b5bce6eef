using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;

namespace NudgeService.Domain.Planning;

/// <summary>Who may not be suggested this week, whatever their score.</summary>
public static class Eligibility
{
    public static bool MaySuggest(Correspondent person, UserPlanContext user, DateOnly today)
    {
        if (user.NotThisPerson.Contains(person.Key)) return false;
        if (user.Snoozes.TryGetValue(person.Key, out var until) && until > today) return false;
        if (user.LastDigestAt is { } lastDigest && InTouchSince(person, lastDigest, user.TimeZone)) return false;
        return !user.PastSuggestions.Any(past => past.Key == person.Key && (RecentlyIgnored(past, today) || CoolingDown(past, user, today)));
    }

    /// <summary>
    /// Dated events respect "not this person" and snoozes: a birthday is worth a word even after a recent chat
    /// and comes once a year anyway. News (a new role, a new address, a company gone) is told once: someone in a
    /// digest of the last weeks does not come back with the same news.
    /// </summary>
    public static bool MayMention(LifeEvent lifeEvent, UserPlanContext user, DateOnly today)
    {
        var key = lifeEvent.Key;
        if (user.NotThisPerson.Contains(key) || (user.Snoozes.TryGetValue(key, out var until) && until > today)) return false;
        return lifeEvent.Kind is LifeEventKind.Birthday or LifeEventKind.SeeingSoon
            || !user.PastSuggestions.Any(past => past.Key == key && today.DayNumber - past.Week.DayNumber < NewsStaysNewsDays);
    }

    /// <summary>A move is noticed up to a month after it happened; past that and a week, it is old news.</summary>
    private const int NewsStaysNewsDays = 42;

    /// <summary>A suggestion the user let pass rests six weeks: the same name every fortnight reads as nagging, and wears out its wordings.</summary>
    private const int IgnoredRestDays = 42;

    private static bool InTouchSince(Correspondent person, DateTimeOffset since, TimeZoneInfo zone)
    {
        var sinceDay = LocalDay.Of(since, zone);
        return person.Touches.Any(touch => touch.Day >= sinceDay) || person.LastMeeting?.Start >= since;
    }

    private static bool RecentlyIgnored(PastSuggestion past, DateOnly today) => today.DayNumber - past.Week.DayNumber < IgnoredRestDays;

    private static bool CoolingDown(PastSuggestion past, UserPlanContext user, DateOnly today) =>
        past.Outcome.IsActedOn() && today.DayNumber - past.Week.DayNumber < user.CoolDownDays;
}
