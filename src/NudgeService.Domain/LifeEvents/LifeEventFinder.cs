using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.LifeEvents;

/// <summary>Every life event of the coming week, in date, kind and key order.</summary>
public static class LifeEventFinder
{
    public static IReadOnlyList<LifeEvent> Find(IReadOnlyList<Correspondent> correspondents, IReadOnlyList<TieAssessment> ties, LifeEventWindow window)
    {
        var byKey = ties.ToDictionary(tie => tie.Key, StringComparer.Ordinal);
        return [.. correspondents
            .SelectMany(correspondent => new[]
            {
                Birthdays.Find(correspondent, window),
                RoleChanges.Find(correspondent, window),
                AddressMoves.Find(correspondent, window),
                Reunions.Find(correspondent, byKey.GetValueOrDefault(correspondent.Key), window),
            })
            .OfType<LifeEvent>()
            .OrderBy(lifeEvent => lifeEvent.Date)
            .ThenBy(lifeEvent => lifeEvent.Kind)
            .ThenBy(lifeEvent => lifeEvent.Key, StringComparer.Ordinal)];
    }
}
