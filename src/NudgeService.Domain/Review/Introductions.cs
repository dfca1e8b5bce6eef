using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Review;

/// <summary>
/// Two people the user knows well, of one field of work (their contact cards) at different
/// organisations, who were never in the same mail or meeting: an introduction worth offering,
/// by asking each first. The strongest pair comes first.
/// </summary>
public static class Introductions
{
    public static IEnumerable<IntroductionPair> Candidates(IReadOnlyList<Correspondent> people, IReadOnlyList<TieAssessment> ties, IReadOnlyDictionary<string, Organisation> organisations)
    {
        var assessed = ties.ToDictionary(tie => tie.Key, StringComparer.Ordinal);
        var known = people
            .Where(person => assessed.TryGetValue(person.Key, out var tie) && tie.Tier <= Tier.Regular && !tie.GoingCold
                && tie.Initiative.Reciprocity == Reciprocity.Mutual && organisations.ContainsKey(person.Key) && RoleFields.Of(person.Contact?.JobTitle) is not null)
            .Select(person => (person.Key, Field: RoleFields.Of(person.Contact!.JobTitle)!, Organisation: organisations[person.Key].Key,
                Items: person.Sightings.Select(sighting => sighting.Item).ToHashSet(), assessed[person.Key].Strength))
            .ToList();
        var pairs = new List<(IntroductionPair Pair, double Strength)>();
        for (var i = 0; i < known.Count; i++)
        {
            for (var j = i + 1; j < known.Count; j++)
            {
                var (a, b) = (known[i], known[j]);
                if (a.Field != b.Field || a.Organisation == b.Organisation || a.Items.Overlaps(b.Items)) continue;
                var (first, second) = string.CompareOrdinal(a.Key, b.Key) < 0 ? (a.Key, b.Key) : (b.Key, a.Key);
                pairs.Add((new IntroductionPair(first, second, a.Field), Math.Min(a.Strength, b.Strength)));
            }
        }
        return pairs.OrderByDescending(pair => pair.Strength).ThenBy(pair => pair.Pair.First, StringComparer.Ordinal).Select(pair => pair.Pair);
    }
}
