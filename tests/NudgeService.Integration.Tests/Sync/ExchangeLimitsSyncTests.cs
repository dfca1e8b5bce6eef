using Microsoft.Extensions.DependencyInjection;
using NudgeService.Domain.Ledger;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Sandbox.Personas;
using NudgeService.Testing;
using Xunit.Abstractions;

namespace NudgeService.Integration.Tests.Sync;

/// <summary>The sync against the limits Exchange Online sets, as the sandbox enforces them by default.</summary>
[Collection(SyncEnvironment.Name)]
public sealed class ExchangeLimitsSyncTests(ServiceEnvironment environment, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_folder_with_more_than_5000_messages_in_the_window_is_read_whole()
    {
        var seed = TestMailboxes.Create("Busy" + Guid.NewGuid().ToString("N")[..6], messagesPerFolder: 0, contactCount: 2, eventCount: 1);
        var senders = Enumerable.Range(1, 400).Select(index => new MailPerson($"Writer {index}", $"writer{index}@northwind.example")).ToList();
        var inbox = Enumerable.Range(1, 6500).Select(index => Received(index, senders[index % senders.Count], seed, Now.AddMinutes(-70 * index), MailFolder.Inbox)).ToList();
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed with { Now = Now, Messages = inbox });

        var report = await synced.SyncAsync();

        var ledger = await synced.LedgerAsync();
        var inWindow = inbox.Count(message => message.ReceivedAt >= Now.AddDays(-365));
        Assert.Equal(inWindow, ledger.Rows.Sum(row => row.Entries.Values.Count(entry => entry.Kind == EntryKind.MailToUser)));
        output.WriteLine($"{inWindow} messages in the window, {report.ItemsRead} items read in {report.RoundTrips} round trips");
    }

    [Fact]
    public async Task Mail_archived_after_it_was_counted_stays_one_interaction_and_mail_a_rule_files_in_a_nested_folder_counts()
    {
        var seed = TestMailboxes.Create("Move" + Guid.NewGuid().ToString("N")[..6], contactCount: 2, eventCount: 1);
        var clients = new FolderNode(MailFolder.FirstUserFolder, "Clients", MailFolder.Inbox);
        var acme = new FolderNode(MailFolder.FirstUserFolder + 1, "Acme", clients.Folder);
        var client = new MailPerson("Ada Client", "ada@acme.example");
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed with { Now = Now, Folders = [clients, acme] });
        var mailbox = synced.Mailbox;
        var first = mailbox.AddMessage(number => Received(number, client, seed, Now.AddDays(-2), MailFolder.Inbox));
        await synced.SyncAsync();

        mailbox.Clock.Set(Now.AddDays(7));
        mailbox.MoveMessage(first.Number, MailFolder.Archive);
        mailbox.AddMessage(number => Received(number, client, seed, Now.AddDays(6), acme.Folder));
        await synced.SyncAsync();

        var row = (await synced.LedgerAsync()).Find(client.Address)!;
        Assert.Equal(2, row.Entries.Values.Count(entry => entry.Kind == EntryKind.MailToUser));
    }

    [Theory]
    [InlineData(400, "resyncRequired", 35)]
    [InlineData(400, "syncStateNotFound", 36)]
    [InlineData(410, "syncStateNotFound", 37)]
    public async Task Sync_state_graph_forgot_is_recognised_by_its_code_and_read_again_from_the_window(int status, string code, int seed)
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, seed, Now));
        await synced.SyncAsync();
        var before = await synced.LedgerTextAsync();

        synced.Mailbox.ExpireDeltaTokens(new SyncStateLoss(status, code));
        var report = await synced.SyncAsync();

        Assert.All(report.Streams.Values, stream => Assert.True(stream.Resynced));
        Assert.Equal(before, await synced.LedgerTextAsync());
    }

    [Fact]
    public async Task A_stream_that_cannot_resume_even_from_its_window_starts_over_next_week_without_failing_the_sync()
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, 32, Now));
        await synced.SyncAsync();
        var before = await synced.LedgerTextAsync();

        synced.Mailbox.ExpireDeltaTokens(SyncStateLoss.Default with { UntilCleared = true });
        var stuck = await synced.SyncAsync();
        synced.Mailbox.ClearSyncStateLoss();
        var next = await synced.SyncAsync();

        Assert.Contains(stuck.Streams.Values, stream => stream.GaveUp);
        Assert.DoesNotContain(next.Streams.Values, stream => stream.GaveUp || stream.Resynced);
        Assert.All(stuck.Streams.Where(pair => pair.Value.GaveUp), pair => Assert.True(next.Streams.ContainsKey(pair.Key), $"{pair.Key} was not read again"));
        Assert.Equal(before, await synced.LedgerTextAsync());
    }

    [Fact]
    public async Task Requests_throttled_inside_the_first_batch_are_sent_again_only_after_their_Retry_After()
    {
        await using var synced = await SyncedMailbox.ConnectAsync(environment, PersonaGenerator.Generate(PersonaSize.Small, 33, Now));
        var traffic = environment.Sandbox.Services.GetRequiredService<MailboxTraffic>();
        environment.Sandbox.Services.GetRequiredService<FaultInjector>().Configure(synced.Mailbox.Key, FaultSettings.None with { ThrottleFirstCalls = 3, RetryAfterSeconds = 2 });

        var report = await synced.SyncAsync();

        var seen = traffic.Snapshot(synced.Mailbox.Key);
        output.WriteLine($"{report.RoundTrips} round trips, {seen.Faults} throttled, {seen.EarlyRetries} early");
        Assert.True(seen.Faults >= 3);
        Assert.Equal(0, seen.EarlyRetries);
        Assert.True(report.Ties > 0);
    }

    [Fact]
    public async Task A_quiet_week_of_a_60_folder_mailbox_costs_at_most_two_round_trips_and_new_mail_in_any_folder_is_read()
    {
        var seed = PersonaGenerator.Generate(PersonaSize.Small, 34, Now);
        var extra = Enumerable.Range(0, 60 - MailFolders.WellKnown.Count - seed.Folders!.Count)
            .Select(index => new FolderNode(MailFolder.FirstUserFolder + 200 + index, $"Folder {index}", index % 3 == 0 ? MailFolder.Inbox : null))
            .ToList();
        await using var synced = await SyncedMailbox.ConnectAsync(environment, seed with { Folders = [.. seed.Folders, .. extra] });
        await synced.SyncAsync();
        var before = await synced.LedgerTextAsync();

        var quiet = await synced.SyncAsync();
        var afterQuiet = await synced.LedgerTextAsync();
        var mailbox = synced.Mailbox;
        var writer = new MailPerson("Late Writer", "late.writer@northwind.example");
        var filed = mailbox.AddMessage(number => Received(number, writer, seed, Now.AddMinutes(-5), extra[^1].Folder));
        var busy = await synced.SyncAsync();

        Assert.Equal(60, mailbox.Folders(mailbox.CurrentWatermark()).Count);
        Assert.InRange(quiet.RoundTrips, 1, 2);
        Assert.Equal(before, afterQuiet);
        Assert.InRange(busy.RoundTrips, 1, 2);
        Assert.Contains(ItemHash.Of(mailbox.FormatId(ItemKinds.Message, filed.Number)), (await synced.LedgerAsync()).Find(writer.Address)!.Entries.Keys);
        output.WriteLine($"quiet week {quiet.RoundTrips} round trips, a week with one mail in a folder {busy.RoundTrips}");
    }

    private static MailMessage Received(long number, MailPerson from, MailboxSeed seed, DateTimeOffset at, MailFolder folder) => new()
    {
        Number = number,
        Folder = folder,
        ReceivedAt = at,
        SentAt = at.AddSeconds(-2),
        From = from,
        Sender = from,
        To = [seed.Owner.AsPerson],
        Subject = $"Note {number}",
        ConversationNumber = 5_000_000 + number,
    };
}
