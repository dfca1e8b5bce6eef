using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using NudgeService.Application.Configuration;

namespace NudgeService.Benchmarks;

/// <summary>
/// The baseline a sync without delta queries would pay every week: the plain list endpoints
/// paged through over the same window, with the largest page Graph serves ($top=1000) and a
/// $select of the fields the sync reads; mail is read from /me/messages, every folder at once. The calendar's delta refuses $select; the list does
/// not, so the baseline asks for fewer event fields than the sync can.
/// </summary>
internal static class NaiveRescan
{
    private const int PageSize = 1000;
    private static readonly string[] ContactFields = ["givenName", "surname", "displayName", "emailAddresses", "birthday", "jobTitle", "companyName", "personalNotes", "spouseName"];
    private static readonly string[] EventFields = ["subject", "start", "organizer", "attendees", "isCancelled", "responseStatus"];
    private static readonly string[] MailFields = ["from", "sender", "toRecipients", "ccRecipients", "receivedDateTime", "inferenceClassification", "parentFolderId"];

    /// <returns>The items read per list: contacts, calendar, mail.</returns>
    public static async Task<IReadOnlyDictionary<string, int>> ReadAsync(GraphServiceClient graph, DateTimeOffset now, SyncOptions window, CancellationToken cancellationToken)
    {
        var from = Iso(now.AddDays(-window.HistoryDays));
        var until = Iso(now.AddDays(window.CalendarAheadDays));
        var receivedInWindow = $"receivedDateTime ge {from}";
        return new Dictionary<string, int>
        {
            ["contacts"] = await ScanAsync(
                graph.Me.Contacts.GetAsync(request =>
                {
                    request.QueryParameters.Select = ContactFields;
                    request.QueryParameters.Top = PageSize;
                }, cancellationToken),
                link => graph.Me.Contacts.WithUrl(link).GetAsync(cancellationToken: cancellationToken),
                page => page.Value?.Count ?? 0),
            ["calendar"] = await ScanAsync(
                graph.Me.CalendarView.GetAsync(request =>
                {
                    request.QueryParameters.StartDateTime = from;
                    request.QueryParameters.EndDateTime = until;
                    request.QueryParameters.Select = EventFields;
                    request.QueryParameters.Top = PageSize;
                }, cancellationToken),
                link => graph.Me.CalendarView.WithUrl(link).GetAsync(cancellationToken: cancellationToken),
                page => page.Value?.Count ?? 0),
            ["mail"] = await ScanAsync(
                graph.Me.Messages.GetAsync(request =>
                {
                    request.QueryParameters.Select = MailFields;
                    request.QueryParameters.Filter = receivedInWindow;
                    request.QueryParameters.Top = PageSize;
                }, cancellationToken),
                link => graph.Me.Messages.WithUrl(link).GetAsync(cancellationToken: cancellationToken),
                page => page.Value?.Count ?? 0),
        };
    }

    /// <summary>Follows the nextLinks to the end; returns the items read.</summary>
    private static async Task<int> ScanAsync<TPage>(Task<TPage?> first, Func<string, Task<TPage?>> follow, Func<TPage, int> itemsOf)
        where TPage : BaseCollectionPaginationCountResponse
    {
        var items = 0;
        for (var page = await first; page is not null; page = page.OdataNextLink is { } link ? await follow(link) : null) items += itemsOf(page);
        return items;
    }

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
