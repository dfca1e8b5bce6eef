using System.Globalization;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;
using NudgeService.Domain.Tests.Accuracy;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using Xunit.Abstractions;

namespace NudgeService.Domain.Tests.Review;

/// <summary>Each section of the quarterly review against what the persona generator planted, on two seeds.</summary>
public sealed class ReviewAccuracyTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Every_section_finds_what_the_persona_planted(int seed)
    {
        var persona = PersonaGenerator.Generate(PersonaSize.Medium, seed, Now);
        var truth = persona.GroundTruth!.Review!;
        var people = PersonaLedger.Build(persona, Now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(persona.Owner.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);
        var ownDomains = persona.GroundTruth.OwnerAddresses.Select(address => address[(address.IndexOf('@') + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var review = NetworkReviewer.Review(people, new ReviewContext(today, ownDomains, Previous: null, SetAside: new HashSet<string>()), RelationshipSettings.Default);

        var oneSided = Measure("one-sided", review.Inventory.OneSided.Select(tie => tie.Key + (tie.Writer == OneSidedWriter.User ? ":owner" : ":tie")),
            truth.OneSided.Select(tie => tie.Address + ":" + tie.Writer));
        var bridges = Measure("bridges", review.Bridges.Select(bridge => bridge.Key), truth.Bridges.Select(bridge => bridge.Address));
        var thanks = Measure("people to thank", review.ToThank.Select(thanks => thanks.Key + ">" + thanks.Newcomer), truth.Introductions.Select(intro => intro.Introducer + ">" + intro.Newcomer));
        var pairs = Measure("pairs worth introducing", Introductions.Candidates(people, RelationshipAnalyzer.Assess(people, today, RelationshipSettings.Default), Organisations.Of(people, ownDomains)).Select(Pair),
            truth.PairsWorthIntroducing.Select(pair => pair.First + "+" + pair.Second));
        var chosen = review.Introduction is { } pick && truth.PairsWorthIntroducing.Any(pair => pair.First + "+" + pair.Second == Pair(pick));
        output.WriteLine($"seed {seed}: the introduction offered ({(review.Introduction is null ? "none" : Pair(review.Introduction))}) is {(chosen ? "" : "not ")}a planted pair");
        foreach (var bridge in truth.Bridges)
        {
            var tie = review.Ties.FirstOrDefault(tie => tie.Key.Equals(bridge.Address, StringComparison.OrdinalIgnoreCase));
            output.WriteLine($"    bridge {bridge.Address} {bridge.Organisation}: {tie?.Tier} {tie?.Trend} {tie?.Organisation?.Name} {tie?.Strength:F2}");
        }
        if (review.Introduction is { } offered)
        {
            foreach (var key in new[] { offered.First, offered.Second })
            {
                var person = people.First(person => person.Key == key);
                var planned = persona.GroundTruth.Ties.First(tie => tie.Address == key);
                output.WriteLine($"    offered {key}: {review.Ties.First(tie => tie.Key == key).Tier} planned layer {planned.Layer} cold {planned.GoingCold}, {person.Contact?.JobTitle} at {person.Contact?.CompanyName}");
            }
        }
        var coolingBridgesFirst = truth.Bridges.Where(bridge => bridge.Cooling).Select(bridge => bridge.Address).ToHashSet();
        output.WriteLine($"seed {seed}: cooling bridges planted {coolingBridgesFirst.Count}, first bridge shown {review.Bridges.FirstOrDefault()?.Key} ({review.Bridges.FirstOrDefault()?.Trend})");

        // Floors a little under what seeds 1 and 7 measure (precision / recall: one-sided 87 / 100 and 85 / 100,
        // bridges 100 / 100 and 67 / 100, people to thank 60 / 100 and 75 / 75, pairs 91 / 77 and 59 / 62).
        Assert.True(oneSided.Precision >= 0.8 && oneSided.Recall >= 0.95, "one-sided ties below the floor");
        Assert.True(bridges.Precision >= 0.6 && bridges.Recall >= 0.95, "bridges below the floor");
        Assert.True(thanks.Precision >= 0.55 && thanks.Recall >= 0.7, "people to thank below the floor");
        Assert.True(pairs.Precision >= 0.55 && pairs.Recall >= 0.6, "pairs worth introducing below the floor");
        Assert.NotNull(review.Introduction);
        Assert.Contains(review.Bridges.Take(3), bridge => coolingBridgesFirst.Contains(bridge.Key));
    }

    private static string Pair(IntroductionPair pair) => pair.First + "+" + pair.Second;

    private (double Precision, double Recall) Measure(string section, IEnumerable<string> found, IEnumerable<string> planted)
    {
        var foundSet = found.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var truthSet = planted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hits = foundSet.Count(truthSet.Contains);
        var precision = foundSet.Count == 0 ? 0 : hits / (double)foundSet.Count;
        var recall = truthSet.Count == 0 ? 1 : hits / (double)truthSet.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{section,-24} precision {precision,5:P0} recall {recall,5:P0} ({foundSet.Count} found, {truthSet.Count} planted)"));
        foreach (var missed in truthSet.Except(foundSet).Take(5)) output.WriteLine($"    missed {missed}");
        foreach (var extra in foundSet.Except(truthSet).Take(5)) output.WriteLine($"    extra  {extra}");
        return (precision, recall);
    }
}
