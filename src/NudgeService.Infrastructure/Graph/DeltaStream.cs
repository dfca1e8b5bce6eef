using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;

namespace NudgeService.Infrastructure.Graph;

/// <summary>How one delta stream is asked for and read: its first request, its follow-up requests, its pages.</summary>
internal abstract class DeltaStream
{
    /// <summary>Graph's largest page; Prefer headers apply per request, so every request asks again.</summary>
    /// <remarks>A preference only: Graph may send fewer, and nothing here counts on how many come.</remarks>
    public const string MaxPageSize = "odata.maxpagesize=1000";

    /// <summary>Ids that survive a move between folders; without it Exchange gives a moved mail a new id.</summary>
    public const string ImmutableIds = "IdType=\"ImmutableId\"";

    public abstract MailboxStream Stream { get; }

    public abstract RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor);

    public abstract RequestInformation Follow(GraphServiceClient graph, string link);

    public abstract Task<DeltaPage> SendAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken);

    public abstract Task<DeltaPage> ReadBatchedAsync(BatchResponseContentCollection responses, string requestId);
}

/// <summary>A delta stream whose pages Graph answers as <typeparamref name="TResponse"/>, alone or inside a $batch.</summary>
internal abstract class DeltaStream<TResponse> : DeltaStream
    where TResponse : BaseDeltaFunctionResponse, IParsable, new()
{
    public override async Task<DeltaPage> SendAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken) =>
        Page(await graph.RequestAdapter.SendAsync(request, parseNode => new TResponse(), GraphErrorMapping.Default, cancellationToken)
            ?? throw new MalformedGraphResponseException("Graph answered a delta request with an empty body."));

    public override async Task<DeltaPage> ReadBatchedAsync(BatchResponseContentCollection responses, string requestId) =>
        Page(await responses.GetResponseByIdAsync<TResponse>(requestId)
            ?? throw new MalformedGraphResponseException("Graph answered a batched delta request with an empty body."));

    /// <summary>The page's items reduced to what the ledger uses, and how many could not be read.</summary>
    protected abstract (IReadOnlyList<MailboxItem> Items, int Unreadable) Read(TResponse response);

    protected static bool IsRemoved(IAdditionalDataHolder item) => item.AdditionalData?.ContainsKey("@removed") == true;

    private DeltaPage Page(TResponse response)
    {
        var (items, unreadable) = Read(response);
        return new DeltaPage(new StreamPage(Stream, items, unreadable), response.OdataNextLink, response.OdataDeltaLink);
    }
}

/// <summary>A page of a stream and where the stream goes next: another page, or the deltaLink that ends the round.</summary>
internal sealed record DeltaPage(StreamPage Page, string? NextLink, string? DeltaLink);
