using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Planning;

/// <summary>Who may not be suggested this week, whatever their score.</summary>
public static class Eligibility
{
    public static bool MaySuggest(Correspondent person, UserPlanContext user, DateOnly today)
    {
        if (user.NotThisPerson.Contains(person.Key)) return false;
        if (user.Snoozes.TryGetValue(person.Key, out var until) && until > today) return false;
        if (user.LastDigestAt is { } lastDigest && InTouchSince(person, lastDigest, user.TimeZone)) return false;
        return !user.PastSuggestions.Any(past => past.Key == person.Key && (SuggestedLastWeek(past, today) || CoolingDown(past, user, today)));
    }

    /// <summary>Dated events respect "not this person" and snoozes only: a birthday is not repeated, and is worth a word even after a recent chat.</summary>
    public static bool MayMention(string key, UserPlanContext user, DateOnly today) =>
        !user.NotThisPerson.Contains(key) && !(user.Snoozes.TryGetValue(key, out var until) && until > today);

    private static bool InTouchSince(Correspondent person, DateTimeOffset since, TimeZoneInfo zone)
    {
        var sinceDay = LocalDay.Of(since, zone);
        return person.Touches.Any(touch => touch.Day >= sinceDay) || person.LastMeeting?.Start >= since;
    }

    private static bool SuggestedLastWeek(PastSuggestion past, DateOnly today) => today.DayNumber - past.Week.DayNumber < 14;

    private static bool CoolingDown(PastSuggestion past, UserPlanContext user, DateOnly today) =>
        past.Outcome is SuggestionOutcome.Sent or SuggestionOutcome.Drafted && today.DayNumber - past.Week.DayNumber < user.CoolDownDays;
}
