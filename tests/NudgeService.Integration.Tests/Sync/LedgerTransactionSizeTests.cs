using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using NudgeService.Domain.Ledger;
using NudgeService.Infrastructure.Storage;
using NudgeService.Testing;

namespace NudgeService.Integration.Tests.Sync;

/// <summary>
/// Azure refuses an entity group transaction over 4 MiB on the wire, where binary properties travel
/// as base64; Azurite takes any size, so the request bodies are measured as they leave.
/// </summary>
[Collection(SyncEnvironment.Name)]
public sealed class LedgerTransactionSizeTests(ServiceEnvironment environment)
{
    private const long AzureTransactionLimit = 4 * 1024 * 1024;

    [Fact]
    public async Task Rows_at_their_entry_limit_are_saved_in_transactions_under_four_MiB_as_sent_read_back_whole_and_not_written_again_unchanged()
    {
        var wire = new BatchBodies();
        var options = new TableClientOptions();
        options.AddPolicy(wire, HttpPipelinePosition.BeforeTransport);
        var store = new TableLedgerStore(new NudgeTables(new TableServiceClient(environment.StorageConnectionString, options)));
        var userId = "u" + Guid.NewGuid().ToString("N")[..31];
        var fresh = await store.LoadAsync(userId, CancellationToken.None);
        foreach (var person in Enumerable.Range(1, 90)) Fill(fresh.Ledger, person);

        await store.SaveAsync(fresh, CancellationToken.None);

        Assert.True(wire.Sizes.Count > 1, "the rows needed more than one transaction");
        Assert.All(wire.Sizes, size => Assert.True(size <= AzureTransactionLimit, $"a transaction of {size:N0} bytes went out"));
        var stored = await store.LoadAsync(userId, CancellationToken.None);
        Assert.Equal(90, stored.Ledger.Rows.Count);
        Assert.All(stored.Ledger.Rows, row => Assert.Equal(LedgerRetention.MaxEntries, row.Entries.Count));

        var transactionsBefore = wire.Sizes.Count;
        Assert.Equal(0, await store.SaveAsync(stored, CancellationToken.None));
        Assert.Equal(transactionsBefore, wire.Sizes.Count);
    }

    private static void Fill(RelationshipLedger ledger, int person)
    {
        var row = ledger.Resolve($"person{person}@fabrikam.example", $"Person {person}");
        for (var entry = 0; entry < LedgerRetention.MaxEntries; entry++)
        {
            row.Entries[(uint)(person * 100_000 + entry)] = new LedgerEntry((uint)(person * 100_000 + entry), new DateOnly(2025, 1, 1).AddDays(entry % 700), EntryKind.MailFromUser, 1, EntrySignals.None);
        }
    }

    /// <summary>The body of every transaction ($batch) request, measured as the transport gets it.</summary>
    private sealed class BatchBodies : HttpPipelinePolicy
    {
        public ConcurrentQueue<long> Sizes { get; } = new();

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Measure(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Measure(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Measure(HttpMessage message)
        {
            if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || message.Request.Content is not { } content) return;
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            Sizes.Enqueue(body.Length);
        }
    }
}
