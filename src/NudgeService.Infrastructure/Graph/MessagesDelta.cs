using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using MessagesDeltaResponse = Microsoft.Graph.Me.MailFolders.Item.Messages.Delta.DeltaGetResponse;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// One mail folder's delta with headers only (Mail.ReadBasic): who wrote to whom and when, and
/// whether Outlook filed it under Other. No $filter: with one Graph returns at most 5,000
/// messages and drops the rest without a word, so the folder is read whole and mail older than
/// the window is left out here. Ids are immutable, so a mail moved to another folder is the same
/// item there. internetMessageHeaders is not asked for: nothing confirms Mail.ReadBasic may read it.
/// </summary>
internal sealed class MessagesDelta(MailboxStream stream) : DeltaStream<MessagesDeltaResponse>
{
    private static readonly string[] Fields = ["from", "sender", "toRecipients", "ccRecipients", "receivedDateTime", "inferenceClassification"];

    private readonly string folderId = stream.FolderId ?? throw new ArgumentException("A mail stream belongs to a folder.", nameof(stream));

    public override MailboxStream Stream => stream;

    public override RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor) =>
        graph.Me.MailFolders[folderId].Messages.Delta.ToGetRequestInformation(request =>
        {
            request.QueryParameters.Select = Fields;
            request.Headers.Add("Prefer", [MaxPageSize, ImmutableIds]);
        });

    public override RequestInformation Follow(GraphServiceClient graph, string link) =>
        graph.Me.MailFolders[folderId].Messages.Delta.WithUrl(link).ToGetRequestInformation(request => request.Headers.Add("Prefer", [MaxPageSize, ImmutableIds]));

    protected override (IReadOnlyList<MailboxItem> Items, int Unreadable) Read(MessagesDeltaResponse response)
    {
        var items = new List<MailboxItem>();
        var unreadable = 0;
        foreach (var message in response.Value ?? [])
        {
            if (message.Id is not { } id) unreadable++;
            else if (IsRemoved(message)) items.Add(new RemovedItem(id));
            else if (Header(id, message) is { } header) items.Add(header);
            else unreadable++;
        }
        return (items, unreadable);
    }

    private static MailHeader? Header(string id, Message message)
    {
        var from = GraphAddresses.Of(message.From?.EmailAddress) ?? GraphAddresses.Of(message.Sender?.EmailAddress);
        if (from is null || message.ReceivedDateTime is not { } receivedAt) return null;
        return new MailHeader(
            id,
            from,
            GraphAddresses.Of(message.Sender?.EmailAddress) ?? from,
            GraphAddresses.All(message.ToRecipients),
            GraphAddresses.All(message.CcRecipients),
            receivedAt,
            message.InferenceClassification == InferenceClassificationType.Other,
            HasBulkHeaders: false);
    }
}
