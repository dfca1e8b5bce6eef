using NudgeService.Domain.Correspondents;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using Xunit.Abstractions;

namespace NudgeService.Domain.Tests.Correspondents;

/// <summary>The classifier against what the persona generator planted, over seeds of all owner variants.</summary>
public sealed class PersonaClassificationTests(ITestOutputHelper output)
{
    private const double LeastTieRecall = 0.99;
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<PersonaSize, int> Personas => new()
    {
        { PersonaSize.Small, 1 }, { PersonaSize.Small, 2 }, { PersonaSize.Small, 3 }, { PersonaSize.Small, 4 },
        { PersonaSize.Medium, 7 }, { PersonaSize.Medium, 10 }, { PersonaSize.Large, 5 },
    };

    [Theory]
    [MemberData(nameof(Personas))]
    public void Planted_non_correspondents_are_never_people_and_ties_almost_always_are(PersonaSize size, int seed)
    {
        var mailbox = PersonaGenerator.Generate(size, seed, Now);
        var truth = mailbox.GroundTruth!;
        var verdicts = Classify(mailbox);

        var automatedAsPerson = Misses(verdicts, truth.AutomatedSenders);
        var assistantsAsPerson = Misses(verdicts, truth.Assistants);
        var listsAsPerson = Misses(verdicts, truth.DistributionLists);
        var ownAsPerson = Misses(verdicts, truth.OwnerAddresses);
        var tieAddresses = truth.Ties.SelectMany(tie => tie.OtherAddresses.Prepend(tie.Address)).Where(verdicts.ContainsKey).ToList();
        var tiesMissed = tieAddresses.Where(address => !verdicts[address].IsPerson).ToList();
        var recall = 1 - (double)tiesMissed.Count / tieAddresses.Count;

        output.WriteLine($"{mailbox.Name}: tie addresses seen {tieAddresses.Count}, as Person {tieAddresses.Count - tiesMissed.Count} ({recall:P2})");
        output.WriteLine($"  automated {truth.AutomatedSenders.Count}: {automatedAsPerson.Count} as Person; assistants {truth.Assistants.Count}: {assistantsAsPerson.Count}; lists {truth.DistributionLists.Count}: {listsAsPerson.Count}; own {truth.OwnerAddresses.Count}: {ownAsPerson.Count}");
        foreach (var group in verdicts.Values.GroupBy(verdict => verdict).OrderBy(group => group.Key.Kind).ThenByDescending(group => group.Count()))
        {
            output.WriteLine($"  {group.Key.Kind}/{group.Key.Reason}: {group.Count()}");
        }
        foreach (var address in truth.AutomatedSenders.Where(verdicts.ContainsKey)) output.WriteLine($"  automated {address}: {verdicts[address].Reason}");
        foreach (var address in tiesMissed) output.WriteLine($"  tie missed: {address} {verdicts[address]}");
        foreach (var address in automatedAsPerson.Concat(assistantsAsPerson).Concat(listsAsPerson).Concat(ownAsPerson)) output.WriteLine($"  wrong: {address} {verdicts[address]}");

        Assert.Empty(automatedAsPerson);
        Assert.Empty(assistantsAsPerson);
        Assert.Empty(listsAsPerson);
        Assert.Empty(ownAsPerson);
        Assert.True(recall >= LeastTieRecall, $"tie recall {recall:P2} is below {LeastTieRecall:P0}");
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public void Planted_non_correspondents_get_their_own_kind(PersonaSize size, int seed)
    {
        var mailbox = PersonaGenerator.Generate(size, seed, Now);
        var truth = mailbox.GroundTruth!;
        var verdicts = Classify(mailbox);

        Assert.All(truth.AutomatedSenders.Where(verdicts.ContainsKey), address => Assert.Equal(CorrespondentKind.Automated, verdicts[address].Kind));
        Assert.All(truth.Assistants, address => Assert.Equal(CorrespondentKind.Delegate, verdicts[address].Kind));
        Assert.All(truth.DistributionLists.Where(verdicts.ContainsKey), address => Assert.Equal(CorrespondentKind.DistributionList, verdicts[address].Kind));
        Assert.All(truth.OwnerAddresses, address => Assert.Equal(CorrespondentKind.Own, verdicts[address].Kind));
    }

    /// <summary>Addresses that came out as a Person.</summary>
    private static List<string> Misses(IReadOnlyDictionary<string, CorrespondentVerdict> verdicts, IEnumerable<string> addresses) =>
        [.. addresses.Where(address => verdicts.TryGetValue(address, out var verdict) && verdict.IsPerson)];

    /// <summary>The owner as the profile shows them: the primary address only, so aliases must be recognised.</summary>
    private static Dictionary<string, CorrespondentVerdict> Classify(MailboxSeed mailbox)
    {
        var owner = new OwnerIdentity([mailbox.Owner.Address], mailbox.Owner.DisplayName, mailbox.Owner.GivenName, mailbox.Owner.Surname);
        return SeedEvidence.Collect(mailbox, owner).ToDictionary(evidence => evidence.Address, evidence => CorrespondentClassifier.Classify(evidence, owner), StringComparer.OrdinalIgnoreCase);
    }
}
