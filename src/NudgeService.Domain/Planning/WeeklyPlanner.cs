using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Planning;

/// <summary>
/// The week's plan: the dated events most worth a word, plus at most a few reconnects picked by
/// value × risk × reach, one per company or domain, with a weak tie among them when one is going
/// cold. The same inputs always give the same plan.
/// </summary>
public static class WeeklyPlanner
{
    /// <summary>Nobody in touch within the last four weeks is told it has been long, whatever the tie's rhythm.</summary>
    public const int MinimumSilenceDays = 28;

    public static WeeklyPlan Plan(
        IReadOnlyList<Correspondent> correspondents,
        IReadOnlyList<TieAssessment> ties,
        IReadOnlyList<LifeEvent> events,
        UserPlanContext user,
        DateTimeOffset now)
    {
        var today = LocalDay.Of(now, user.TimeZone);
        var people = correspondents.ToDictionary(person => person.Key, StringComparer.Ordinal);
        var tieOf = ties.ToDictionary(tie => tie.Key, StringComparer.Ordinal);
        // The tie travels with the event so that a close friend's birthday is written as to a close friend.
        var eventItems = EventSelection.Pick([.. events
            .Where(lifeEvent => Eligibility.MayMention(lifeEvent, user, today))
            .Select(lifeEvent => new PlanItem(lifeEvent.Key, lifeEvent.Name, lifeEvent, tieOf.GetValueOrDefault(lifeEvent.Key), [PlanReason.LifeEvent]))], user.MaxEvents);
        var withEvent = eventItems.Select(item => item.Key).ToHashSet(StringComparer.Ordinal);

        string? CompanyOf(string key) => people.TryGetValue(key, out var person) ? person.Contact?.CompanyName : null;
        var liveInGroup = ties
            .Where(tie => !tie.GoingCold)
            .GroupBy(tie => ReconnectValue.GroupOf(tie.Key, CompanyOf(tie.Key)), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var candidates = ties
            .Where(tie => tie.GoingCold && tie.SilenceDays >= MinimumSilenceDays && !withEvent.Contains(tie.Key) && people.TryGetValue(tie.Key, out var person) && Eligibility.MaySuggest(person, user, today))
            .OrderByDescending(tie => ReconnectValue.Of(tie, liveInGroup.GetValueOrDefault(ReconnectValue.GroupOf(tie.Key, CompanyOf(tie.Key)))))
            .ThenBy(tie => tie.Key, StringComparer.Ordinal)
            .ToList();
        var picked = ReconnectSelection.Pick(candidates, CompanyOf, user.MaxReconnects);
        var reconnects = picked.Select(tie => new PlanItem(tie.Key, people[tie.Key].DisplayName, null, tie, ReasonsFor(tie))).ToList();
        return new WeeklyPlan(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), reconnects, eventItems);
    }

    private static List<PlanReason> ReasonsFor(TieAssessment tie)
    {
        var reasons = new List<PlanReason> { PlanReason.GoingCold };
        if (tie.Tier <= Tier.Close) reasons.Add(PlanReason.CloseTie);
        if (tie.Tier == Tier.Weak) reasons.Add(PlanReason.WeakTie);
        if (tie.Initiative.Reciprocity == Reciprocity.OnlyUserWrites) reasons.Add(PlanReason.OnlyUserWrites);
        if (tie.Initiative.Reciprocity == Reciprocity.OnlyTheyWrite) reasons.Add(PlanReason.TheyAlwaysWriteFirst);
        return reasons;
    }
}
