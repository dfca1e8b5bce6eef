using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>
/// People to thank: a newcomer who became one of the user's 150 first appeared copied on mail
/// someone the user already knew sent, or in a meeting with them. Header facts only: who was in
/// the same item, and who was seen first.
/// </summary>
public static class Introducers
{
    /// <summary>Someone first seen in the ledger's first months may be older than it (a tie met once a quarter): not known to be new.</summary>
    private const int HorizonMarginDays = 120;

    /// <summary>The introducer was known this long before the newcomer appeared.</summary>
    private const int KnownBeforeDays = 14;

    /// <summary>A real tie has a rhythm: at least this many days of interaction.</summary>
    private const int RealTieActiveDays = 3;

    public static IEnumerable<Introducer> Find(IReadOnlyList<Correspondent> people, IReadOnlyList<TieAssessment> ties)
    {
        var assessed = ties.ToDictionary(tie => tie.Key, StringComparer.Ordinal);
        var firstSeen = people.Where(person => person.Sightings.Count > 0).ToDictionary(person => person.Key, person => person.Sightings[0].Day, StringComparer.Ordinal);
        if (firstSeen.Count == 0) return [];
        var horizon = firstSeen.Values.Min().AddDays(HorizonMarginDays);
        var byItem = new Dictionary<uint, List<(string Key, SightingRole Role)>>();
        foreach (var person in people.Where(person => assessed.ContainsKey(person.Key)))
        {
            foreach (var sighting in person.Sightings)
            {
                if (!byItem.TryGetValue(sighting.Item, out var list)) byItem[sighting.Item] = list = [];
                list.Add((person.Key, sighting.Role));
            }
        }

        var found = new List<Introducer>();
        foreach (var person in people)
        {
            if (!assessed.TryGetValue(person.Key, out var tie) || tie.Tier > Tier.Outer || tie.History.ActiveDays < RealTieActiveDays) continue;
            if (tie.Initiative.Reciprocity != Reciprocity.Mutual || person.Sightings.Count == 0) continue;
            var first = person.Sightings[0].Day;
            if (first <= horizon) continue;
            // A newcomer who wrote to the user on the first day started the thread: nobody introduced them.
            var firstDay = person.Sightings.TakeWhile(sighting => sighting.Day == first).ToList();
            if (firstDay.Any(sighting => sighting.Role is SightingRole.Sender or SightingRole.Organizer)) continue;
            var introducer = firstDay
                .SelectMany(sighting => byItem[sighting.Item]
                    .Where(other => other.Key != person.Key && other.Role == (sighting.Role == SightingRole.Meeting ? SightingRole.Organizer : SightingRole.Sender))
                    .Where(other => firstSeen[other.Key] <= first.AddDays(-KnownBeforeDays) && assessed[other.Key].History.ActiveDays >= RealTieActiveDays)
                    .Select(other => (other.Key, sighting.Role)))
                .OrderByDescending(other => assessed[other.Key].Strength)
                .ThenBy(other => other.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (introducer.Key is null) continue;
            found.Add(new Introducer(introducer.Key, person.Key, first, introducer.Role));
        }
        return found.OrderByDescending(thanks => thanks.FirstMet).ThenBy(thanks => thanks.Key, StringComparer.Ordinal);
    }
}
