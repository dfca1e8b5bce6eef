using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Cli.Ties;

/// <summary>
/// Scores every tie of every owner of a log at one date from what happened before it. The
/// silence model is fitted over all owners' ties, the widest population the log offers.
/// </summary>
public static class LogTieScoring
{
    public static IEnumerable<ScoredTie> At(InteractionLog log, DateOnly at, RelationshipSettings settings)
    {
        var cutoff = Instant(at);
        var owners = log.ByOwner
            .OrderBy(owner => owner.Key, StringComparer.Ordinal)
            .Select(owner => (Owner: owner.Key, Correspondents: CorrespondentsBefore(log, owner.Key, owner.Value, cutoff)))
            .ToList();
        var model = SilenceModelFit.To(owners.SelectMany(owner => RelationshipAnalyzer.Histories(owner.Correspondents, at, settings)));
        return owners.SelectMany(owner => RelationshipAnalyzer.Assess(owner.Correspondents, at, settings, model)
            .OrderBy(tie => tie.Key, StringComparer.Ordinal)
            .Select(assessment => new ScoredTie(owner.Owner, at, assessment)));
    }

    private static List<Correspondent> CorrespondentsBefore(InteractionLog log, string owner, Dictionary<string, List<LoggedInteraction>> contacts, DateTimeOffset cutoff) =>
        [.. contacts
            .Select(contact => new Correspondent(
                contact.Key,
                contact.Key,
                AddressUseBefore(contact.Key, log.SightingsOf(owner, contact.Key), cutoff),
                [.. contact.Value.TakeWhile(interaction => interaction.At < cutoff).Select(interaction =>
                    new Touch(Day(interaction.At), interaction.Kind, interaction.Audience))]))
            .Where(correspondent => correspondent.Touches.Count > 0)];

    private static IReadOnlyList<AddressUse> AddressUseBefore(string address, IReadOnlyList<DateTimeOffset> sightings, DateTimeOffset cutoff)
    {
        var before = sightings.TakeWhile(at => at < cutoff).ToList();
        return before.Count == 0 ? [] : [new AddressUse(address, Day(before[0]), Day(before[^1]))];
    }

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}

public sealed record ScoredTie(string Owner, DateOnly At, TieAssessment Assessment);
