using System.Globalization;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Relationships;
using NudgeService.Sandbox.Personas;
using Xunit.Abstractions;

namespace NudgeService.Domain.Tests.Accuracy;

/// <summary>Going-cold and life events against what the persona generator planted.</summary>
public sealed class PersonaAccuracyTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Going_cold_and_life_events_match_the_planted_truth(int seed)
    {
        var persona = PersonaGenerator.Generate(PersonaSize.Medium, seed, Now);
        var truth = persona.GroundTruth!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(persona.Owner.TimeZone);
        var nextWeek = Now.AddDays(LifeEventWindow.Days);
        var people = PersonaLedger.Build(persona, nextWeek);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);
        var ties = RelationshipAnalyzer.Assess(people, today, RelationshipSettings.Default);

        var flagged = ties.Where(tie => tie.GoingCold).Select(tie => tie.Key).ToHashSet();
        var cold = truth.Ties.Where(tie => tie.GoingCold).Select(tie => tie.Address).ToHashSet();
        var (coldPrecision, coldRecall) = PrecisionRecall(flagged, cold);

        // Dated events are looked for this week; card changes of the coming week as next week's sync sees them.
        var events = LifeEventFinder.Find(people, ties, new LifeEventWindow(Now, zone, Now.AddDays(-LifeEventWindow.Days)))
            .Where(lifeEvent => lifeEvent.Kind is LifeEventKind.Birthday or LifeEventKind.SeeingSoon or LifeEventKind.NewDomain)
            .Concat(LifeEventFinder.Find(people, ties, new LifeEventWindow(nextWeek, zone, Now)).Where(lifeEvent => lifeEvent.Kind is LifeEventKind.NewRole or LifeEventKind.JobLoss))
            .Select(lifeEvent => (Kind: Name(lifeEvent.Kind), lifeEvent.Key)).ToHashSet();
        var planted = truth.LifeEventsComingWeek.Select(lifeEvent => (lifeEvent.Kind, Key: lifeEvent.Address)).ToHashSet();
        var (eventPrecision, eventRecall) = PrecisionRecall(events, planted);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed {seed}: going cold precision {coldPrecision:P0} recall {coldRecall:P0} ({flagged.Count} flagged, {cold.Count} planted, {truth.Ties.Count} ties); " +
            $"life events precision {eventPrecision:P0} recall {eventRecall:P0} ({events.Count} found, {planted.Count} planted)"));
        foreach (var missed in planted.Except(events)) output.WriteLine($"  missed {missed}");
        foreach (var extra in events.Except(planted)) output.WriteLine($"  extra {extra}");
        Assert.True(coldRecall >= 0.7 && coldPrecision >= 0.8, "going-cold figures below the floor");
        Assert.True(eventRecall >= 0.8 && eventPrecision >= 0.7, "life-event figures below the floor");
        Assert.DoesNotContain(events, lifeEvent => lifeEvent.Kind == "newRole" && planted.Contains(("jobLoss", lifeEvent.Key)));
    }

    private static string Name(LifeEventKind kind) => kind switch
    {
        LifeEventKind.Birthday => "birthday",
        LifeEventKind.NewRole => "newRole",
        LifeEventKind.JobLoss => "jobLoss",
        LifeEventKind.NewDomain => "newDomain",
        _ => "seeingSoon",
    };

    private static (double Precision, double Recall) PrecisionRecall<T>(IReadOnlySet<T> found, IReadOnlySet<T> truth)
    {
        var hits = found.Count(truth.Contains);
        return (found.Count == 0 ? 0 : hits / (double)found.Count, truth.Count == 0 ? 1 : hits / (double)truth.Count);
    }
}
