using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Sync;
using NudgeService.Domain.Correspondents;
using MessagesDeltaResponse = Microsoft.Graph.Me.MailFolders.Item.Messages.Delta.DeltaGetResponse;

namespace NudgeService.Infrastructure.Graph;

/// <summary>
/// A mail folder's delta with headers only (Mail.ReadBasic): who wrote to whom and when. The Inbox
/// also asks for what tells bulk mail apart; the Sent Items do not need it.
/// </summary>
internal sealed class MessagesDelta(MailboxStream stream, string folder, bool readsBulkSignals) : DeltaStream<MessagesDeltaResponse>
{
    public static readonly MessagesDelta Inbox = new(MailboxStream.Inbox, "inbox", readsBulkSignals: true);
    public static readonly MessagesDelta SentItems = new(MailboxStream.SentItems, "sentitems", readsBulkSignals: false);

    private static readonly string[] AddressFields = ["from", "sender", "toRecipients", "ccRecipients", "receivedDateTime"];

    public override MailboxStream Stream => stream;

    public override RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor) =>
        graph.Me.MailFolders[folder].Messages.Delta.ToGetRequestInformation(request =>
        {
            request.QueryParameters.Select = readsBulkSignals ? [.. AddressFields, "inferenceClassification", "internetMessageHeaders"] : AddressFields;
            request.QueryParameters.Filter = $"receivedDateTime ge {cursor.From.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
            request.Headers.Add("Prefer", MaxPageSize);
        });

    public override RequestInformation Follow(GraphServiceClient graph, string link) =>
        graph.Me.MailFolders[folder].Messages.Delta.WithUrl(link).ToGetRequestInformation(request => request.Headers.Add("Prefer", MaxPageSize));

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
            BulkHeaders.IsBulk((message.InternetMessageHeaders ?? []).Select(header => new KeyValuePair<string, string>(header.Name ?? "", header.Value ?? ""))));
    }
}
