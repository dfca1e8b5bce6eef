using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// Which folders hold mail that arrived or changed since a moment: /me/messages (every folder)
/// filtered by lastModifiedDateTime, only the parent folder of each. One page of ids tells a
/// quiet week from a busy one without asking every folder's delta.
/// </summary>
internal static class ChangedFolders
{
    public static RequestInformation First(GraphServiceClient graph, DateTimeOffset since) =>
        graph.Me.Messages.ToGetRequestInformation(request =>
        {
            request.QueryParameters.Filter = $"lastModifiedDateTime ge {since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
            request.QueryParameters.Select = ["parentFolderId"];
            request.QueryParameters.Top = 1000;
        });

    public static RequestInformation Next(GraphServiceClient graph, string link) => graph.Me.Messages.WithUrl(link).ToGetRequestInformation();

    public static async Task<MessageCollectionResponse> SendAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken) =>
        await graph.RequestAdapter.SendAsync(request, MessageCollectionResponse.CreateFromDiscriminatorValue, GraphErrorMapping.Default, cancellationToken)
            ?? throw new MalformedGraphResponseException("Graph answered a messages request with an empty body.");

    public static IEnumerable<string> Of(MessageCollectionResponse page) => (page.Value ?? []).Select(message => message.ParentFolderId).OfType<string>();
}
