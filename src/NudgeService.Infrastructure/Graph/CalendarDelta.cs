using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using CalendarDeltaResponse = Microsoft.Graph.Me.CalendarView.Delta.DeltaGetResponse;

namespace NudgeService.Infrastructure.Graph;

/// <summary>/me/calendarView/delta over the sync window (Graph refuses $select there, so events come whole).</summary>
internal sealed class CalendarDelta : DeltaStream<CalendarDeltaResponse>
{
    public override MailboxStream Stream => MailboxStream.Calendar;

    public override RequestInformation Initial(GraphServiceClient graph, StreamCursor cursor) =>
        graph.Me.CalendarView.Delta.ToGetRequestInformation(request =>
        {
            request.QueryParameters.StartDateTime = cursor.From.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            request.QueryParameters.EndDateTime = (cursor.Until ?? cursor.From).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            request.Headers.Add("Prefer", MaxPageSize);
        });

    public override RequestInformation Follow(GraphServiceClient graph, string link) =>
        graph.Me.CalendarView.Delta.WithUrl(link).ToGetRequestInformation(request => request.Headers.Add("Prefer", MaxPageSize));

    protected override (IReadOnlyList<MailboxItem> Items, int Unreadable) Read(CalendarDeltaResponse response)
    {
        var items = new List<MailboxItem>();
        var unreadable = 0;
        foreach (var meeting in response.Value ?? [])
        {
            if (meeting.Id is not { } id) unreadable++;
            else if (IsRemoved(meeting)) items.Add(new RemovedItem(id));
            else if (GraphTimes.Parse(meeting.Start) is not { } start) unreadable++;
            else items.Add(new CalendarItem(
                id,
                meeting.Subject ?? "",
                start,
                GraphAddresses.Of(meeting.Organizer?.EmailAddress),
                [.. (meeting.Attendees ?? []).Select(attendee => GraphAddresses.Of(attendee.EmailAddress)).OfType<MailAddress>()],
                meeting.IsCancelled == true,
                meeting.ResponseStatus?.Response == ResponseType.Declined,
                meeting.IsAllDay == true ? GraphTimes.Date(meeting.Start) : null));
        }
        return (items, unreadable);
    }
}
