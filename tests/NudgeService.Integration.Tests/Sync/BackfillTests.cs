using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;
using Xunit.Abstractions;

namespace NudgeService.Integration.Tests.Sync;

[Collection(SyncEnvironment.Name)]
public sealed class BackfillTests(ServiceEnvironment environment, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Backfill_of_the_medium_persona_counts_every_ground_truth_interaction_of_the_last_year()
    {
        var seed = PersonaGenerator.Generate(PersonaSize.Medium, 3, Now);
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed);

        var report = await synced.SyncAsync();

        var ledger = await synced.LedgerAsync();
        var truth = seed.GroundTruth!;
        var mismatches = new List<string>();
        foreach (var tie in truth.Ties)
        {
            var counted = Counts(ledger, [tie.Address, .. tie.OtherAddresses]);
            if (counted != tie.InteractionsLast365Days) mismatches.Add($"{tie.Address} {tie.Name} [{string.Join(' ', tie.OtherAddresses)}] rows [{string.Join(' ', new[] { tie.Address }.Concat(tie.OtherAddresses).Select(ledger.Find).OfType<LedgerRow>().Select(row => row.Key + "/" + string.Join('+', row.Addresses.Keys) + "/" + row.Contact?.DisplayName))}]: ledger {counted}, truth {tie.InteractionsLast365Days}");
        }
        output.WriteLine($"{truth.Ties.Count} ties, {report.ItemsRead} items in {report.RoundTrips} round trips, {report.Ties} people, filtered {string.Join(", ", report.Filtered)}");
        var moved = truth.LifeEventsComingWeek.Single(lifeEvent => lifeEvent.Kind == "newDomain");
        var movedTie = truth.Ties.Single(tie => tie.Address == moved.Address);
        Assert.All(movedTie.OtherAddresses, address => Assert.Same(ledger.Find(moved.Address), ledger.Find(address)));
        Assert.True(report.FirstSync);
        foreach (var mismatch in mismatches.Take(15)) output.WriteLine(mismatch);
        output.WriteLine($"{mismatches.Count} mismatches");
        Assert.Empty(mismatches);
        Assert.All(report.Streams.Values, stream => Assert.False(stream.Resynced));
    }

    [Fact]
    public async Task Automated_senders_lists_assistants_and_the_users_aliases_are_not_people()
    {
        var seed = PersonaGenerator.Generate(PersonaSize.Small, 5, Now);
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed);
        await synced.SyncAsync();

        var people = await synced.PeopleAsync();
        var truth = seed.GroundTruth!;
        Assert.All(truth.AutomatedSenders.Concat(truth.DistributionLists).Concat(truth.Assistants).Concat(truth.OwnerAddresses), address => Assert.DoesNotContain(address, people));
        var active = truth.Ties.Where(tie => tie.InteractionsLast365Days != new InteractionCounts(0, 0, 0)).ToList();
        Assert.All(active, tie => Assert.True(tie.OtherAddresses.Prepend(tie.Address).Any(people.Contains), $"{tie.Address} is not judged a person"));
    }

    /// <summary>Interactions by kind across every row holding one of the addresses, each item once, as the ground truth counts them.</summary>
    private static InteractionCounts Counts(RelationshipLedger ledger, IReadOnlyList<string> addresses)
    {
        var entries = addresses.Select(ledger.Find).OfType<LedgerRow>().Distinct()
            .SelectMany(row => row.Entries.Values.Where(entry => entry.IsTouch))
            .DistinctBy(entry => (entry.Item, entry.Kind))
            .ToList();
        return new InteractionCounts(
            entries.Count(entry => entry.Kind == EntryKind.MailFromUser),
            entries.Count(entry => entry.Kind == EntryKind.MailToUser),
            entries.Count(entry => entry.Kind == EntryKind.Meeting));
    }
}
