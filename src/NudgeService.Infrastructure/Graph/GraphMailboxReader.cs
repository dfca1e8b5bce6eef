using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using NudgeService.Infrastructure.Http;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// Reads a mailbox's delta streams: contacts, calendar, the folder hierarchy, and one stream per
/// mail folder that holds conversations (delta is per folder). The first request of every stream
/// the week surely needs goes in one $batch: the fixed streams, the well-known folder ids on a
/// first sync, and, when the folders do not all fit, the folders read longest ago plus one
/// request naming the folders whose mail changed since the last sync. Only those folders (and
/// new ones) are read after it, so a quiet week costs one round trip however many folders there
/// are. Pages then follow side by side, four at most in flight (the mailbox's limit).
/// </summary>
internal sealed class GraphMailboxReader(IOptions<NudgeOptions> options, GraphClients clients, TimeProvider time) : IMailboxReader
{
    /// <summary>Requests Graph accepts in one $batch.</summary>
    private const int BatchLimit = 20;

    /// <summary>How long a 429 without Retry-After is left alone before it is sent again.</summary>
    private static readonly TimeSpan ThrottledWithoutAdvice = TimeSpan.FromSeconds(2);

    public async Task<MailboxRound> ReadAsync(
        string userId,
        string accessToken,
        SyncPlan plan,
        Func<StreamPage, CancellationToken, ValueTask> onPage,
        CancellationToken cancellationToken)
    {
        using var session = clients.Open(options.Value.Identity.GraphBaseUrl, new StaticAccessToken(accessToken), userId);
        var graph = session.Graph;
        var tree = plan.Folders.Copy();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        using var handOver = new SemaphoreSlim(1, 1);
        // Pages stop being read, and stop being handed over, the moment the read as a whole fails.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = new List<Task<(MailboxStream Stream, StreamOutcome Outcome)?>>();
        async ValueTask Deliver(StreamPage page)
        {
            await handOver.WaitAsync(stop.Token);
            try
            {
                if (page.Stream == MailboxStream.Folders) Learn(tree, page, listed);
                else await onPage(page, stop.Token);
            }
            finally { handOver.Release(); }
        }

        try
        {
            var fixedRounds = plan.Cursors.Where(pair => !pair.Key.IsMail).Select(pair => Round(pair.Key, pair.Value, graph)).ToList();
            var mailGranted = plan.Cursors.ContainsKey(MailboxStream.Folders);
            var lookups = mailGranted && !tree.KnowsWellKnownFolders ? MailFolderTree.WellKnownNames : [];
            var known = plan.Cursors.Where(pair => pair.Key.IsMail && tree.HoldsConversations(pair.Key.FolderId!))
                .OrderBy(pair => pair.Value.ReadAt ?? DateTimeOffset.MinValue).ThenBy(pair => pair.Key.FolderId, StringComparer.Ordinal)
                .ToList();
            var room = BatchLimit - fixedRounds.Count - lookups.Count;
            var probeSince = plan.ChangedSince is { } since && known.Count > room ? since : (DateTimeOffset?)null;
            var rotation = known.Take(probeSince is null ? room : room - 1).Select(pair => Round(pair.Key, pair.Value, graph)).ToList();

            var batch = new BatchRequestContentCollection(graph);
            var steps = new Dictionary<StreamRound, string>();
            foreach (var round in fixedRounds.Concat(rotation)) steps[round] = await batch.AddBatchRequestStepAsync(round.Request());
            var lookupSteps = new Dictionary<string, string>();
            foreach (var name in lookups) lookupSteps[name] = await batch.AddBatchRequestStepAsync(graph.Me.MailFolders[name].ToGetRequestInformation(request => request.QueryParameters.Select = ["id"]));
            var probeStep = probeSince is { } probeFrom ? await batch.AddBatchRequestStepAsync(ChangedFolders.First(graph, probeFrom)) : null;
            var responses = await graph.Batch.PostAsync(batch, stop.Token);
            var statuses = await responses.GetResponsesStatusCodesAsync();
            var firstPages = await FirstPagesAsync(responses, statuses, steps);

            reading.AddRange(fixedRounds.Concat(rotation).Select(round => round.FinishAsync(firstPages[round], Deliver, stop.Token)));
            if (mailGranted)
            {
                var changed = probeStep is null ? null : await ChangedSinceAsync(graph, responses, statuses, probeStep, probeSince!.Value, stop.Token);
                if (lookups.Count > 0) tree.LearnWellKnown(await WellKnownAsync(graph, responses, statuses, lookupSteps, stop.Token));
                // A hierarchy read from scratch lists the folders that exist and does not report those deleted meanwhile.
                if (await reading[fixedRounds.FindIndex(round => round.Stream.Stream == MailboxStream.Folders)] is { Outcome: { GaveUp: false } hierarchy }
                    && (hierarchy.Resynced || plan.Cursors[MailboxStream.Folders].DeltaLink is null))
                {
                    foreach (var gone in tree.Folders.Where(folder => !listed.Contains(folder.Id)).ToList()) tree.Remove(gone.Id);
                }

                var started = rotation.Select(round => round.Stream.Stream.FolderId!).ToHashSet(StringComparer.Ordinal);
                var more = tree.ConversationFolders()
                    .Where(id => !started.Contains(id))
                    .Select(id => MailboxStream.Mail(id, tree.IsSentItems(id)))
                    .Where(stream => changed is null || !plan.Cursors.ContainsKey(stream) || changed.Contains(stream.FolderId!))
                    .Select(stream => Round(stream, plan.Cursors.GetValueOrDefault(stream) ?? new StreamCursor(null, plan.MailFrom, null), graph))
                    .ToList();
                if (more.Count > 0)
                {
                    var mailBatch = new BatchRequestContentCollection(graph);
                    var mailSteps = new Dictionary<StreamRound, string>();
                    foreach (var round in more) mailSteps[round] = await mailBatch.AddBatchRequestStepAsync(round.Request());
                    var mailResponses = await graph.Batch.PostAsync(mailBatch, stop.Token);
                    var mailPages = await FirstPagesAsync(mailResponses, await mailResponses.GetResponsesStatusCodesAsync(), mailSteps);
                    reading.AddRange(more.Select(round => round.FinishAsync(mailPages[round], Deliver, stop.Token)));
                }
            }
            var outcomes = await Task.WhenAll(reading);
            return new MailboxRound(outcomes.OfType<(MailboxStream Stream, StreamOutcome Outcome)>().ToDictionary(outcome => outcome.Stream, outcome => outcome.Outcome), tree, session.RoundTrips);
        }
        catch (ApiException rejected) when (rejected.ResponseStatusCode == (int)HttpStatusCode.Unauthorized)
        {
            await StopAsync(stop, reading);
            throw new AccessTokenRejectedException();
        }
        catch
        {
            await StopAsync(stop, reading);
            throw;
        }
    }

    /// <summary>
    /// Cancels the streams still reading and waits for them, so that none goes on paging, holding
    /// the mailbox's slots or handing pages over after the read has failed.
    /// </summary>
    private static async Task StopAsync(CancellationTokenSource stop, List<Task<(MailboxStream Stream, StreamOutcome Outcome)?>> reading)
    {
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(reading);
        }
        catch
        {
            // The read has already failed with its own error; how the streams ended adds nothing.
        }
    }

    private StreamRound Round(MailboxStream stream, StreamCursor cursor, GraphServiceClient graph) => new(stream.Kind switch
    {
        StreamKind.Contacts => new ContactsDelta(),
        StreamKind.Calendar => new CalendarDelta(),
        StreamKind.Folders => new FoldersDelta(),
        _ => new MessagesDelta(stream),
    }, cursor, graph, time);

    private static void Learn(MailFolderTree tree, StreamPage page, HashSet<string> listed)
    {
        foreach (var item in page.Items)
        {
            if (item is FolderItem folder)
            {
                tree.Put(folder.Folder);
                listed.Add(folder.Folder.Id);
            }
            else
            {
                tree.Remove(item.ItemId);
            }
        }
    }

    /// <summary>
    /// Each stream's page from a $batch. What failed inside it is left for the stream to send
    /// again alone: after the Retry-After the batch gave that request (a throttled request is never
    /// sent again at once), from its window if Graph forgot its delta token.
    /// </summary>
    private async Task<Dictionary<StreamRound, DeltaPage?>> FirstPagesAsync(BatchResponseContentCollection responses, Dictionary<string, HttpStatusCode> statuses, Dictionary<StreamRound, string> steps)
    {
        var pages = new Dictionary<StreamRound, DeltaPage?>();
        foreach (var (round, step) in steps)
        {
            var status = statuses.TryGetValue(step, out var code) ? (int)code : (int)HttpStatusCode.InternalServerError;
            pages[round] = null;
            if (status is >= 200 and < 300)
            {
                pages[round] = await round.Stream.ReadBatchedAsync(responses, step);
                continue;
            }
            using var response = await responses.GetResponseByIdAsync(step);
            var body = response?.Content is { } content ? await content.ReadAsStringAsync() : null;
            if (SyncStateLoss.Is(status, SyncStateLoss.CodeOf(body))) round.Restart();
            else if (status == (int)HttpStatusCode.NotFound && round.Stream.Stream.IsMail) round.Vanish();
            else round.WaitBeforeRetry(RetryAfter(status, response));
        }
        return pages;
    }

    private TimeSpan RetryAfter(int status, HttpResponseMessage? response) =>
        RetryAfterHeader.Wait(response, time) ?? (status == (int)HttpStatusCode.TooManyRequests ? ThrottledWithoutAdvice : TimeSpan.Zero);

    /// <summary>The folders named by mail changed since then; null when Graph could not say, so that every folder is read.</summary>
    private async Task<HashSet<string>?> ChangedSinceAsync(GraphServiceClient graph, BatchResponseContentCollection responses, Dictionary<string, HttpStatusCode> statuses, string step, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            MessageCollectionResponse page;
            var status = statuses.TryGetValue(step, out var code) ? (int)code : (int)HttpStatusCode.InternalServerError;
            if (status is >= 200 and < 300)
            {
                page = await responses.GetResponseByIdAsync<MessageCollectionResponse>(step);
            }
            else
            {
                using (var response = await responses.GetResponseByIdAsync(step)) await Task.Delay(RetryAfter(status, response), time, cancellationToken);
                page = await ChangedFolders.SendAsync(graph, ChangedFolders.First(graph, since), cancellationToken);
            }
            folders.UnionWith(ChangedFolders.Of(page));
            while (page.OdataNextLink is { } next)
            {
                page = await ChangedFolders.SendAsync(graph, ChangedFolders.Next(graph, next), cancellationToken);
                folders.UnionWith(ChangedFolders.Of(page));
            }
            return folders;
        }
        catch (ODataError error) when (error.ResponseStatusCode != (int)HttpStatusCode.Unauthorized)
        {
            return null;
        }
    }

    /// <summary>The ids of the well-known folders the mailbox has (a mailbox may lack some).</summary>
    private async Task<Dictionary<string, string>> WellKnownAsync(GraphServiceClient graph, BatchResponseContentCollection responses, Dictionary<string, HttpStatusCode> statuses, Dictionary<string, string> steps, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, step) in steps)
        {
            var status = statuses.TryGetValue(step, out var code) ? code : HttpStatusCode.InternalServerError;
            if (status == HttpStatusCode.NotFound) continue;
            MailFolder? folder;
            try
            {
                if ((int)status is >= 200 and < 300)
                {
                    folder = await responses.GetResponseByIdAsync<MailFolder>(step);
                }
                else
                {
                    using (var response = await responses.GetResponseByIdAsync(step)) await Task.Delay(RetryAfter((int)status, response), time, cancellationToken);
                    folder = await graph.Me.MailFolders[name].GetAsync(request => request.QueryParameters.Select = ["id"], cancellationToken);
                }
            }
            catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
            {
                continue;
            }
            if (folder?.Id is { } id) found[name] = id;
        }
        return found;
    }

    /// <summary>One stream's walk from its cursor to a new deltaLink.</summary>
    private sealed class StreamRound(DeltaStream stream, StreamCursor cursor, GraphServiceClient graph, TimeProvider time)
    {
        private string? link = cursor.DeltaLink;
        private bool resynced;
        private bool vanished;
        private DateTimeOffset notBefore;
        private int pages;
        private int items;
        private int largestPage;

        public DeltaStream Stream => stream;

        public RequestInformation Request() => link is null ? stream.Initial(graph, cursor) : stream.Follow(graph, link);

        public void Restart()
        {
            link = null;
            resynced = true;
        }

        /// <summary>The folder was deleted since the last sync.</summary>
        public void Vanish() => vanished = true;

        public void WaitBeforeRetry(TimeSpan delay) => notBefore = time.GetUtcNow() + delay;

        /// <returns>The outcome, or null for a folder that no longer exists.</returns>
        public async Task<(MailboxStream Stream, StreamOutcome Outcome)?> FinishAsync(DeltaPage? page, Func<StreamPage, ValueTask> deliver, CancellationToken cancellationToken)
        {
            if (vanished) return null;
            try
            {
                while (true)
                {
                    page ??= await NextAsync(cancellationToken);
                    pages++;
                    largestPage = Math.Max(largestPage, page.Page.Items.Count + page.Page.Unreadable);
                    var inWindow = stream.Stream.IsMail ? page.Page with { Items = [.. page.Page.Items.Where(item => item is not MailHeader mail || mail.ReceivedAt >= cursor.From)] } : page.Page;
                    items += inWindow.Items.Count;
                    await deliver(inWindow);
                    if (page.DeltaLink is { } deltaLink) return (stream.Stream, new StreamOutcome(deltaLink, resynced, pages, items, largestPage));
                    link = page.NextLink ?? throw new MalformedGraphResponseException($"A {stream.Stream.Kind} delta page had neither a nextLink nor a deltaLink.");
                    page = null;
                }
            }
            catch (StreamLostException)
            {
                return (stream.Stream, new StreamOutcome(null, resynced, pages, items, largestPage, GaveUp: true));
            }
            catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound && stream.Stream.IsMail)
            {
                return null;
            }
        }

        /// <summary>The next page; a stream whose state Graph forgot starts over from its window, once.</summary>
        private async Task<DeltaPage> NextAsync(CancellationToken cancellationToken)
        {
            var wait = notBefore - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
            try
            {
                return await stream.SendAsync(graph, Request(), cancellationToken);
            }
            catch (ODataError error) when (SyncStateLoss.Is(error.ResponseStatusCode, error.Error?.Code))
            {
                if (resynced) throw new StreamLostException();
                Restart();
                return await NextAsync(cancellationToken);
            }
        }
    }

    private sealed class StreamLostException : Exception;
}
