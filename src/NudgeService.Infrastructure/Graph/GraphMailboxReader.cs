using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Configuration;
using NudgeService.Application.Sync;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// Reads the four delta streams of a mailbox. The first request of every stream goes in one
/// $batch, so a quiet week costs one round trip; streams with more pages then continue side by
/// side (four at most, the mailbox's limit). A stream whose delta token Graph no longer knows
/// (410) is read again from its window; the ledger's item keys keep that from counting twice.
/// </summary>
public sealed class GraphMailboxReader(IOptions<NudgeOptions> options, GraphClients clients) : IMailboxReader
{
    private static readonly IReadOnlyList<DeltaStream> Streams = [new ContactsDelta(), new CalendarDelta(), MessagesDelta.Inbox, MessagesDelta.SentItems];

    public async Task<MailboxRound> ReadAsync(
        string accessToken,
        IReadOnlyDictionary<MailboxStream, StreamCursor> cursors,
        Func<StreamPage, CancellationToken, ValueTask> onPage,
        CancellationToken cancellationToken)
    {
        using var session = clients.Open(options.Value.Identity.GraphBaseUrl, new StaticAccessToken(accessToken));
        using var handOver = new SemaphoreSlim(1, 1);
        async ValueTask Deliver(StreamPage page)
        {
            await handOver.WaitAsync(cancellationToken);
            try { await onPage(page, cancellationToken); }
            finally { handOver.Release(); }
        }

        var readers = Streams.Where(stream => cursors.ContainsKey(stream.Stream))
            .Select(stream => new StreamRound(stream, cursors[stream.Stream], session.Graph))
            .ToList();
        try
        {
            var firstPages = await FirstPagesAsync(session.Graph, readers, cancellationToken);
            var outcomes = await Task.WhenAll(readers.Select(reader => reader.FinishAsync(firstPages[reader], Deliver, cancellationToken)));
            return new MailboxRound(outcomes.ToDictionary(outcome => outcome.Stream, outcome => outcome.Outcome), session.RoundTrips);
        }
        catch (ApiException rejected) when (rejected.ResponseStatusCode == (int)HttpStatusCode.Unauthorized)
        {
            throw new AccessTokenRejectedException();
        }
    }

    /// <summary>One $batch with every stream's next request; what failed inside it is left for each stream to retry alone.</summary>
    private static async Task<Dictionary<StreamRound, DeltaPage?>> FirstPagesAsync(GraphServiceClient graph, List<StreamRound> readers, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(graph);
        var steps = new Dictionary<StreamRound, string>();
        foreach (var reader in readers) steps[reader] = await batch.AddBatchRequestStepAsync(reader.Request());
        var responses = await graph.Batch.PostAsync(batch, cancellationToken);
        var statuses = await responses.GetResponsesStatusCodesAsync();
        var pages = new Dictionary<StreamRound, DeltaPage?>();
        foreach (var (reader, step) in steps)
        {
            var status = statuses.TryGetValue(step, out var code) ? code : HttpStatusCode.InternalServerError;
            pages[reader] = (int)status is >= 200 and < 300 ? await reader.Stream.ReadBatchedAsync(responses, step) : null;
            if (status == HttpStatusCode.Gone) reader.Restart();
        }
        return pages;
    }

    /// <summary>One stream's walk from its cursor to a new deltaLink.</summary>
    private sealed class StreamRound(DeltaStream stream, StreamCursor cursor, GraphServiceClient graph)
    {
        private string? link = cursor.DeltaLink;
        private bool resynced;
        private int pages;
        private int items;

        public DeltaStream Stream => stream;

        public RequestInformation Request() => link is null ? stream.Initial(graph, cursor) : stream.Follow(graph, link);

        public void Restart()
        {
            link = null;
            resynced = true;
        }

        public async Task<(MailboxStream Stream, StreamOutcome Outcome)> FinishAsync(DeltaPage? page, Func<StreamPage, ValueTask> deliver, CancellationToken cancellationToken)
        {
            while (true)
            {
                page ??= await NextAsync(cancellationToken);
                pages++;
                items += page.Page.Items.Count;
                await deliver(page.Page);
                if (page.DeltaLink is { } deltaLink) return (stream.Stream, new StreamOutcome(deltaLink, resynced, pages, items));
                link = page.NextLink ?? throw new MalformedGraphResponseException($"A {stream.Stream} delta page had neither a nextLink nor a deltaLink.");
                page = null;
            }
        }

        private async Task<DeltaPage> NextAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await stream.SendAsync(graph, Request(), cancellationToken);
            }
            catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Gone && !resynced)
            {
                Restart();
                return await stream.SendAsync(graph, Request(), cancellationToken);
            }
        }
    }
}
