using System.Globalization;
using NudgeService.Sandbox.Graph.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>/me/calendarView and its delta: occurrences overlapping a window, recurrences already expanded.</summary>
public static class CalendarHandler
{
    private static readonly DeltaStream Stream = new("me/calendarView", "event", ItemKinds.Event);

    public static GraphResponse View(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("Calendars.Read")) return GraphErrors.AccessDenied("Calendars.Read");
        var (options, error) = QueryOptions.Parse(request, EventJson.Shape, 10, "$select", "$top", "$skip", "$orderby");
        if (error is not null) return error;
        var (window, windowError) = Window(request);
        if (windowError is not null) return windowError;
        var (zone, zoneError) = Zone(options!);
        if (zoneError is not null) return zoneError;

        var all = request.Mailbox.EventsBetween(window.Start, window.End, request.Mailbox.CurrentWatermark());
        var page = all.Skip(options!.Skip).Take(options.PageSize).ToList();
        var nextLink = options.Skip + page.Count < all.Count ? CollectionPage.SkipLink(request, "me/calendarView", options.Skip + page.Count) : null;
        return CollectionPage.Write(
            $"{request.ServiceRoot}/$metadata#users('{request.Mailbox.Key}')/calendarView",
            writer => page.ForEach(item => EventJson.Write(writer, request.Mailbox, item, zone, options.OutlookTimeZone, options.Select, false, MessagesHandler.WebBase(request))),
            nextLink,
            null,
            options.PreferenceApplied());
    }

    public static GraphResponse Delta(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("Calendars.Read")) return GraphErrors.AccessDenied("Calendars.Read");
        // Graph's calendarView delta accepts no $select, $filter or $orderby: page size comes from Prefer only.
        var (options, error) = QueryOptions.Parse(request, EventJson.Shape, 10);
        if (error is not null) return error;
        var (zone, zoneError) = Zone(options!);
        if (zoneError is not null) return zoneError;
        var (token, tokenError) = DeltaRounds.Resume(request);
        if (tokenError is not null) return tokenError;
        if (token is null)
        {
            var (window, windowError) = Window(request);
            if (windowError is not null) return windowError;
            token = new DeltaToken(request.Mailbox.DeltaEpoch, null, null, 0, null, null, window.Start, window.End, null);
        }
        var start = token.WindowStart!.Value;
        var end = token.WindowEnd!.Value;
        void Write(System.Text.Json.Utf8JsonWriter writer, CalendarEvent item) =>
            EventJson.Write(writer, request.Mailbox, item, zone, options!.OutlookTimeZone, null, true, MessagesHandler.WebBase(request));

        if (token.Since is not null)
        {
            return DeltaRounds.ChangesPage(request, token, (since, at) => request.Mailbox.EventChanges(start, end, since, at), options!, Stream, (writer, item, _) => Write(writer, item));
        }
        var snapshot = token.At ?? request.Mailbox.CurrentWatermark();
        var all = request.Mailbox.EventsBetween(start, end, snapshot);
        var page = all.Skip((int)token.Offset).Take(options!.ServedPageSize(Stream.Kind, token.Offset)).ToList();
        var more = token.Offset + page.Count < all.Count;
        var next = more ? token with { At = snapshot, Offset = token.Offset + page.Count } : token with { Since = snapshot, At = null, Offset = 0 };
        return Stream.Page(request, writer => page.ForEach(item => Write(writer, item)), next, more, options);
    }

    private static ((DateTimeOffset Start, DateTimeOffset End) Window, GraphResponse? Error) Window(GraphRequest request)
    {
        var startText = request.Query.FirstOrDefault(pair => pair.Key.Equals("startDateTime", StringComparison.OrdinalIgnoreCase)).Value;
        var endText = request.Query.FirstOrDefault(pair => pair.Key.Equals("endDateTime", StringComparison.OrdinalIgnoreCase)).Value;
        if (startText is null || endText is null)
        {
            return (default, GraphErrors.Create(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime."));
        }
        if (!DateTimeOffset.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            || !DateTimeOffset.TryParse(endText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
        {
            return (default, GraphErrors.Create(400, "ErrorInvalidParameter", "The value of StartDateTime or EndDateTime is not a valid date and time."));
        }
        if (end <= start) return (default, GraphErrors.Create(400, "ErrorInvalidParameter", "EndDateTime must be later than StartDateTime."));
        return ((start, end), null);
    }

    private static (TimeZoneInfo? Zone, GraphResponse? Error) Zone(QueryOptions options)
    {
        if (options.OutlookTimeZone is null) return (null, null);
        return TimeZoneInfo.TryFindSystemTimeZoneById(options.OutlookTimeZone, out var zone)
            ? (zone, null)
            : (null, GraphErrors.Create(400, "ErrorTimeZoneNotFound", $"The time zone '{options.OutlookTimeZone}' is not valid."));
    }
}
