using NudgeService.Sandbox.Graph.Json;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>A mail folder's messages: the newest-first list and the delta stream.</summary>
public static class MessagesHandler
{
    public static GraphResponse List(GraphRequest request, MailFolder folder)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, MessageJson.Shape, 10, "$select", "$top", "$skip", "$filter", "$orderby");
        if (error is not null) return error;
        if (request.QueryValue("$orderby") is { } order && !order.Equals("receivedDateTime desc", StringComparison.OrdinalIgnoreCase))
        {
            return GraphErrors.BadRequest($"Ordering by '{order}' is not supported; use receivedDateTime desc.");
        }
        var at = request.Mailbox.CurrentWatermark();
        var page = request.Mailbox.MessagesNewestFirst(folder, at, message => Within(message, options!), options!.Skip, options.PageSize + 1);
        var more = page.Count > options.PageSize;
        var path = $"me/mailFolders('{folder.WellKnownName()}')/messages";
        var nextLink = more ? CollectionPage.SkipLink(request, path, options.Skip + options.PageSize) : null;
        var canReadBody = GraphScopes.Allows(request.Grant.Scopes, "Mail.Read");
        return CollectionPage.Write(
            $"{request.ServiceRoot}/$metadata#users('{request.Mailbox.Key}')/mailFolders('{folder.WellKnownName()}')/messages",
            writer =>
            {
                foreach (var message in page.Take(options.PageSize)) MessageJson.Write(writer, request.Mailbox, message, options.Select, canReadBody, false, WebBase(request));
            },
            nextLink,
            null,
            options.PreferenceApplied());
    }

    public static GraphResponse Delta(GraphRequest request, MailFolder folder)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, MessageJson.Shape, 10, "$select", "$top", "$filter");
        if (error is not null) return error;
        var (token, tokenError) = DeltaRounds.Resume(request);
        if (tokenError is not null) return tokenError;
        if (options!.ReceivedBefore is not null) return GraphErrors.BadRequest("Message delta supports only receivedDateTime ge in $filter.");

        var stream = new DeltaStream($"me/mailFolders('{folder.WellKnownName()}')/messages", "message", ItemKinds.Message);
        var select = DeltaStream.SelectOf(token, options);
        var canReadBody = GraphScopes.Allows(request.Grant.Scopes, "Mail.Read");
        void Write(System.Text.Json.Utf8JsonWriter writer, MailMessage message) =>
            MessageJson.Write(writer, request.Mailbox, message, select, canReadBody, true, WebBase(request));

        token ??= new DeltaToken(request.Mailbox.DeltaEpoch, null, null, 0, null, options.ReceivedFrom, null, null, select is null ? null : string.Join(',', select));
        if (token.Since is not null)
        {
            return DeltaRounds.ChangesPage(request, token, (since, at) => request.Mailbox.MessageChanges(folder, token.ReceivedFrom, since, at), options, stream, (writer, message, _) => Write(writer, message));
        }

        var snapshot = token.At ?? request.Mailbox.CurrentWatermark();
        var after = token.Cursor is { } cursor ? (new DateTimeOffset(cursor.Ticks, TimeSpan.Zero), cursor.Number) : ((DateTimeOffset, long)?)null;
        var page = request.Mailbox.MessagesOldestFirst(folder, snapshot, token.ReceivedFrom, after, options.PageSize + 1);
        var more = page.Count > options.PageSize;
        var items = page.Take(options.PageSize).ToList();
        var next = more
            ? token with { At = snapshot, Cursor = (items[^1].ReceivedAt.UtcTicks, items[^1].Number) }
            : token with { Since = snapshot, At = null, Cursor = null };
        return stream.Page(request, writer => items.ForEach(message => Write(writer, message)), next, more, options);
    }

    public static string WebBase(GraphRequest request) => request.ServiceRoot[..request.ServiceRoot.LastIndexOf('/')];

    private static bool Within(MailMessage message, QueryOptions options) =>
        (options.ReceivedFrom is not { } from || message.ReceivedAt >= from) && (options.ReceivedBefore is not { } before || message.ReceivedAt < before);
}
