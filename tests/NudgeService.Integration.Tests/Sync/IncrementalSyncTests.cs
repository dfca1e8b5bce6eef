using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Domain.Ledger;
using NudgeService.Infrastructure.Storage;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;
using Xunit.Abstractions;

namespace NudgeService.Integration.Tests.Sync;

[Collection(SyncEnvironment.Name)]
public sealed class IncrementalSyncTests(ServiceEnvironment environment, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_week_played_forward_is_in_the_ledger_after_one_incremental_sync()
    {
        var seed = PersonaGenerator.Generate(PersonaSize.Small, 21, Now);
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed);
        await synced.SyncAsync();
        var mailbox = synced.Mailbox;
        var carded = mailbox.Contacts(mailbox.CurrentWatermark()).Where(contact => contact.Revisions.Count == 1).Take(3).ToList();
        var (writer, promoted, deleted) = (carded[0].CardAt(Now), carded[1], carded[2]);

        mailbox.Clock.Set(Now.AddDays(7));
        var mail = mailbox.AddMessage(number => new MailMessage
        {
            Number = number, Folder = MailFolder.Inbox, ReceivedAt = Now.AddDays(6), SentAt = Now.AddDays(6),
            From = writer.EmailAddresses[0], Sender = writer.EmailAddresses[0], To = [mailbox.Owner.AsPerson], Subject = "Lunch?", ConversationNumber = 900_001,
        });
        var meeting = mailbox.AddEvent(number => new CalendarEvent
        {
            Number = number, Subject = "Coffee", Start = Now.AddDays(5), End = Now.AddDays(5).AddHours(1), TimeZone = "UTC",
            Organizer = mailbox.Owner.AsPerson, Attendees = [new EventAttendee(writer.EmailAddresses[0])],
        });
        mailbox.UpdateContact(promoted.Number, card => card with { JobTitle = "Chief Executive Officer" });
        mailbox.DeleteContact(deleted.Number);

        var report = await synced.SyncAsync();

        var ledger = await synced.LedgerAsync();
        var row = ledger.Find(writer.EmailAddresses[0].Address)!;
        Assert.Equal(EntryKind.MailToUser, row.Entries[ItemHash.Of(mailbox.FormatId(ItemKinds.Message, mail.Number))].Kind);
        Assert.Equal(EntryKind.Meeting, row.Entries[ItemHash.Of(mailbox.FormatId(ItemKinds.Event, meeting.Number))].Kind);
        Assert.Equal("Coffee", row.LastMeeting!.Subject);
        var change = ledger.FindContact(mailbox.FormatId(ItemKinds.Contact, promoted.Number))!.LastContactChange!;
        Assert.Equal("Chief Executive Officer", change.After.JobTitle);
        Assert.Equal(promoted.CardAt(Now).JobTitle, change.Before.JobTitle);
        Assert.Null(ledger.FindContact(mailbox.FormatId(ItemKinds.Contact, deleted.Number)));
        Assert.Null(ledger.Find(deleted.CardAt(Now).EmailAddresses[0].Address)?.Contact);
        Assert.False(report.FirstSync);
        output.WriteLine($"Incremental week: {report.ItemsRead} items in {report.RoundTrips} round trips");
    }

    [Fact]
    public async Task A_quiet_week_costs_one_round_trip_and_changes_nothing()
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, 22, Now));
        await synced.SyncAsync();
        var before = await synced.LedgerTextAsync();

        var report = await synced.SyncAsync();

        Assert.Equal(1, report.RoundTrips);
        Assert.Equal(0, report.ItemsRead);
        Assert.Equal(before, await synced.LedgerTextAsync());
    }

    [Fact]
    public async Task Reading_the_same_changes_again_after_a_lost_delta_link_leaves_the_ledger_unchanged()
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, 23, Now));
        await synced.SyncAsync();
        var stateBeforeWeek = (await synced.StateAsync())!;
        synced.Mailbox.Clock.Set(Now.AddDays(7));
        await synced.SyncAsync();
        var afterWeek = await synced.LedgerTextAsync();

        // As if the job had stopped after writing the ledger and before saving the new deltaLinks.
        await synced.RestoreStateAsync(stateBeforeWeek);
        var replay = await synced.SyncAsync();

        Assert.True(replay.ItemsRead > 0);
        Assert.Equal(afterWeek, await synced.LedgerTextAsync());
    }

    [Fact]
    public async Task Delta_tokens_graph_forgot_mean_a_full_resync_that_counts_nothing_twice()
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, 24, Now));
        await synced.SyncAsync();
        var before = await synced.LedgerTextAsync();

        synced.Mailbox.ExpireDeltaTokens();
        var report = await synced.SyncAsync();

        Assert.All(report.Streams.Values, stream => Assert.True(stream.Resynced));
        var after = await synced.LedgerTextAsync();
        foreach (var line in after.Split('\n').Except(before.Split('\n')).Take(3)) output.WriteLine("after: " + line);
        foreach (var line in before.Split('\n').Except(after.Split('\n')).Take(3)) output.WriteLine("before: " + line);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_sync_with_a_third_of_graph_calls_failing_ends_with_the_same_ledger_as_without_faults()
    {
        // Medium, so that the backfill takes enough requests for faults to land on several of them.
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Medium, 25, Now));
        await synced.SyncAsync();
        var faultFree = await synced.LedgerTextAsync();
        await ForgetSyncAsync(synced.UserId);

        environment.Sandbox.Services.GetRequiredService<FaultInjector>().Configure(synced.Mailbox.Key, new FaultSettings(ThrottleRate: 0.2, UnavailableRate: 0.1, RetryAfterSeconds: 1, Seed: 5));
        var traffic = environment.Sandbox.Services.GetRequiredService<MailboxTraffic>();
        var faultsBefore = traffic.Snapshot(synced.Mailbox.Key).Faults;
        var report = await synced.SyncAsync();

        var faults = traffic.Snapshot(synced.Mailbox.Key).Faults - faultsBefore;
        output.WriteLine($"{faults} faults in {report.RoundTrips} round trips, {report.ItemsRead} items, first sync {report.FirstSync}");
        Assert.True(faults > 0);
        Assert.Equal(faultFree, await synced.LedgerTextAsync());
    }

    private async Task ForgetSyncAsync(string userId)
    {
        var service = new TableServiceClient(environment.StorageConnectionString);
        foreach (var table in new[] { NudgeTables.Ledger, NudgeTables.SyncStates })
        {
            var client = service.GetTableClient(table);
            await foreach (var entity in client.QueryAsync<TableEntity>(row => row.PartitionKey == userId)) await client.DeleteEntityAsync(entity);
        }
    }
}
