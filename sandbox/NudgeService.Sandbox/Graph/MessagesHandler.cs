using NudgeService.Sandbox.Graph.Json;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>Messages: a folder's newest-first list and delta stream, and the whole mailbox's list.</summary>
public static class MessagesHandler
{
    /// <summary>"Applying $filter in a delta query returns only up to 5,000 messages."</summary>
    public const int FilteredDeltaCap = 5000;

    private const string NewestFirst = "receivedDateTime desc";

    public static GraphResponse List(GraphRequest request, MailFolder folder)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, MessageJson.Shape, 10, "$select", "$top", "$skip", "$filter", "$orderby");
        if (error is not null) return error;
        if (request.QueryValue("$orderby") is { } order && !order.Equals(NewestFirst, StringComparison.OrdinalIgnoreCase))
        {
            return GraphErrors.BadRequest($"Ordering by '{order}' is not supported; use receivedDateTime desc.");
        }
        var at = request.Mailbox.CurrentWatermark();
        var page = request.Mailbox.MessagesNewestFirst(folder, at, message => Within(message, options!), options!.Skip, options.PageSize + 1);
        var more = page.Count > options.PageSize;
        var path = $"me/mailFolders('{PathName(request.Mailbox, folder)}')/messages";
        var nextLink = more ? CollectionPage.SkipLink(request, path, options.Skip + options.PageSize) : null;
        var canReadBody = GraphScopes.Allows(request.Grant.Scopes, "Mail.Read");
        return CollectionPage.Write(
            $"{request.ServiceRoot}/$metadata#users('{request.Mailbox.Key}')/mailFolders('{PathName(request.Mailbox, folder)}')/messages",
            writer =>
            {
                foreach (var message in page.Take(options.PageSize)) MessageJson.Write(writer, request.Mailbox, message, options.Select, canReadBody, false, WebBase(request), options.ImmutableIds);
            },
            nextLink,
            null,
            options.PreferenceApplied());
    }

    /// <summary>/me/messages: every folder's mail, here only with a lastModifiedDateTime or receivedDateTime lower bound.</summary>
    public static GraphResponse ListAll(GraphRequest request)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, MessageJson.Shape, 10, "$select", "$top", "$skip", "$filter");
        if (error is not null) return error;
        var at = request.Mailbox.CurrentWatermark();
        var all = request.Mailbox.MessagesModifiedSince(options!.ModifiedFrom ?? DateTimeOffset.MinValue, at).Where(message => Within(message, options)).ToList();
        var page = all.Skip(options.Skip).Take(options.ServedPageSize(ItemKinds.Message, options.Skip)).ToList();
        var nextLink = options.Skip + page.Count < all.Count ? CollectionPage.SkipLink(request, "me/messages", options.Skip + page.Count) : null;
        var canReadBody = GraphScopes.Allows(request.Grant.Scopes, "Mail.Read");
        return CollectionPage.Write(
            $"{request.ServiceRoot}/$metadata#users('{request.Mailbox.Key}')/messages",
            writer => page.ForEach(message => MessageJson.Write(writer, request.Mailbox, message, options.Select, canReadBody, false, WebBase(request), options.ImmutableIds)),
            nextLink,
            null,
            options.PreferenceApplied());
    }

    /// <summary>
    /// A folder's delta. An initial round has no guaranteed order: without $orderby it goes from
    /// the newest mail back, except that with a $filter it goes oldest first and stops at 5,000
    /// messages, so the newest mail of a busy folder is what a capped round leaves out.
    /// </summary>
    public static GraphResponse Delta(GraphRequest request, MailFolder folder)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, MessageJson.Shape, 10, "$select", "$top", "$filter", "$orderby");
        if (error is not null) return error;
        var (token, tokenError) = DeltaRounds.Resume(request);
        if (tokenError is not null) return tokenError;
        if (options!.ReceivedBefore is not null || options.ModifiedFrom is not null) return GraphErrors.BadRequest("Message delta supports only receivedDateTime ge or gt in $filter.");
        if (request.QueryValue("$orderby") is { } order && !order.Equals(NewestFirst, StringComparison.OrdinalIgnoreCase))
        {
            return GraphErrors.BadRequest($"Message delta supports only $orderby={NewestFirst}.");
        }

        var stream = new DeltaStream($"me/mailFolders('{PathName(request.Mailbox, folder)}')/messages", "message", ItemKinds.Message);
        var select = DeltaStream.SelectOf(token, options);
        var canReadBody = GraphScopes.Allows(request.Grant.Scopes, "Mail.Read");
        var immutable = options.ImmutableIds;
        void Write(System.Text.Json.Utf8JsonWriter writer, MailMessage message) =>
            MessageJson.Write(writer, request.Mailbox, message, select, canReadBody, true, WebBase(request), immutable);

        token ??= new DeltaToken(request.Mailbox.DeltaEpoch, null, null, 0, null, options.ReceivedFrom, null, null, select is null ? null : string.Join(',', select),
            Descending: request.QueryValue("$orderby") is not null || options.ReceivedFrom is null);
        if (token.Since is not null)
        {
            return DeltaRounds.ChangesPage(request, token, (since, at) => request.Mailbox.MessageChanges(folder, token.ReceivedFrom, since, at), options, stream,
                (writer, message, _) => Write(writer, message),
                number => request.Mailbox.FormatMessageId(number, immutable));
        }

        var snapshot = token.At ?? request.Mailbox.CurrentWatermark();
        var cursor = token.Cursor is { } key ? (new DateTimeOffset(key.Ticks, TimeSpan.Zero), key.Number) : ((DateTimeOffset, long)?)null;
        var wanted = options.ServedPageSize(ItemKinds.Message, token.Offset);
        if (token.ReceivedFrom is not null) wanted = (int)Math.Min(wanted, FilteredDeltaCap - token.Offset);
        var page = token.Descending
            ? request.Mailbox.MessagesNewestFirst(folder, snapshot, token.ReceivedFrom, cursor, wanted + 1)
            : request.Mailbox.MessagesOldestFirst(folder, snapshot, token.ReceivedFrom, cursor, wanted + 1);
        var items = page.Take(wanted).ToList();
        var more = page.Count > wanted && (token.ReceivedFrom is null || token.Offset + items.Count < FilteredDeltaCap);
        var next = more
            ? token with { At = snapshot, Cursor = (items[^1].ReceivedAt.UtcTicks, items[^1].Number), Offset = token.Offset + items.Count }
            : token with { Since = snapshot, At = null, Cursor = null, Offset = 0 };
        return stream.Page(request, writer => items.ForEach(message => Write(writer, message)), next, more, options);
    }

    public static string WebBase(GraphRequest request) => request.ServiceRoot[..request.ServiceRoot.LastIndexOf('/')];

    /// <summary>How a folder appears in links: its well-known name, or its id.</summary>
    public static string PathName(Mailbox mailbox, MailFolder folder) =>
        folder.IsWellKnown() ? folder.WellKnownName() : mailbox.FormatId(ItemKinds.Folder, (long)folder);

    private static bool Within(MailMessage message, QueryOptions options) =>
        (options.ReceivedFrom is not { } from || message.ReceivedAt >= from) && (options.ReceivedBefore is not { } before || message.ReceivedAt < before);
}
