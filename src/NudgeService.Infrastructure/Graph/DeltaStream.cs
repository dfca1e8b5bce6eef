using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using NudgeService.Application.Sync;

namespace NudgeService.Infrastructure.Graph;

/// <summary>How one delta stream is asked for and read: its first request, its follow-up requests, its pages.</summary>
internal abstract class DeltaStream
{
    /// <summary>Graph's largest page; Prefer headers apply per request, so every request asks again.</summary>
    public const string MaxPageSize = "odata.maxpagesize=1000";

    public abstract MailboxStream Stream { get; }

    public abstract RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor);

    public abstract RequestInformation Follow(GraphServiceClient graph, string link);

    public abstract Task<DeltaPage> SendAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken);

    public abstract Task<DeltaPage> ReadBatchedAsync(BatchResponseContentCollection responses, string requestId);

    protected static async Task<DeltaPage> SendAsync<TResponse>(GraphServiceClient graph, RequestInformation request, Func<TResponse, DeltaPage> read, CancellationToken cancellationToken)
        where TResponse : BaseDeltaFunctionResponse, IParsable, new()
    {
        var response = await graph.RequestAdapter.SendAsync(request, parseNode => new TResponse(), GraphErrorMapping.Default, cancellationToken)
            ?? throw new MalformedGraphResponseException("Graph answered a delta request with an empty body.");
        return read(response);
    }

    protected static async Task<DeltaPage> ReadBatchedAsync<TResponse>(BatchResponseContentCollection responses, string requestId, Func<TResponse, DeltaPage> read)
        where TResponse : BaseDeltaFunctionResponse, IParsable, new() =>
        read(await responses.GetResponseByIdAsync<TResponse>(requestId)
            ?? throw new MalformedGraphResponseException("Graph answered a batched delta request with an empty body."));

    protected DeltaPage Page(BaseDeltaFunctionResponse response, IReadOnlyList<MailboxItem> items, int unreadable) =>
        new(new StreamPage(Stream, items, unreadable), response.OdataNextLink, response.OdataDeltaLink);

    protected static bool IsRemoved(IAdditionalDataHolder item) => item.AdditionalData?.ContainsKey("@removed") == true;
}

/// <summary>A page of a stream and where the stream goes next: another page, or the deltaLink that ends the round.</summary>
internal sealed record DeltaPage(StreamPage Page, string? NextLink, string? DeltaLink);
