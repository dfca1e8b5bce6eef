using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using FoldersDeltaResponse = Microsoft.Graph.Me.MailFolders.Delta.DeltaGetResponse;

namespace NudgeService.Infrastructure.Graph;

/// <summary>/me/mailFolders/delta: the folders of the whole mailbox, nested ones included, with their parents.</summary>
internal sealed class FoldersDelta : DeltaStream<FoldersDeltaResponse>
{
    private static readonly string[] Fields = ["displayName", "parentFolderId"];

    public override MailboxStream Stream => MailboxStream.Folders;

    public override RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor) =>
        graph.Me.MailFolders.Delta.ToGetRequestInformation(request =>
        {
            request.QueryParameters.Select = Fields;
            request.Headers.Add("Prefer", MaxPageSize);
        });

    public override RequestInformation Follow(GraphServiceClient graph, string link) =>
        graph.Me.MailFolders.Delta.WithUrl(link).ToGetRequestInformation(request => request.Headers.Add("Prefer", MaxPageSize));

    protected override (IReadOnlyList<MailboxItem> Items, int Unreadable) Read(FoldersDeltaResponse response)
    {
        var items = new List<MailboxItem>();
        var unreadable = 0;
        foreach (var folder in response.Value ?? [])
        {
            if (folder.Id is not { } id) unreadable++;
            else if (IsRemoved(folder)) items.Add(new RemovedItem(id));
            else items.Add(new FolderItem(new MailFolderEntry(id, folder.ParentFolderId, folder.DisplayName ?? "")));
        }
        return (items, unreadable);
    }
}
