using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.LifeEvents;

/// <summary>Birthdays on contact cards that fall in the coming week of the user's time zone.</summary>
public static class Birthdays
{
    public static LifeEvent? Find(Correspondent correspondent, LifeEventWindow window)
    {
        if (correspondent.Contact?.Birthday is not { } stored) return null;
        var (month, day, year) = BirthdayReading.Read(stored, window.UserZone);
        foreach (var candidateYear in new[] { window.Today.Year, window.Today.Year + 1 })
        {
            var date = BirthdayReading.CelebratedIn(month, day, candidateYear);
            if (!window.Contains(date)) continue;
            var age = year is { } born && candidateYear > born ? candidateYear - born : (int?)null;
            return new LifeEvent(LifeEventKind.Birthday, correspondent.Key, correspondent.DisplayName, date, new LifeEventFacts { Age = age });
        }
        return null;
    }
}
