using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>Maps an authenticated Graph request to the handler of its resource.</summary>
public static class GraphRouter
{
    public static GraphResponse Dispatch(GraphRequest request)
    {
        if (request.Segments.Count == 0 || !request.Segments[0].Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            return GraphErrors.Create(400, "BadRequest", $"Resource not found for the segment '{request.Segments.FirstOrDefault()}'.");
        }
        if (request.Matches("GET", "me")) return ProfileHandler.Me(request);
        if (request.Mailbox.Owner.Kind == MailboxKind.NoExchange) return GraphErrors.MailboxNotEnabled();
        if (request.Matches("GET", "me", "mailboxSettings")) return ProfileHandler.MailboxSettings(request);
        if (request.Matches("GET", "me", "contacts")) return ContactsHandler.List(request);
        if (request.Matches("GET", "me", "contacts", "delta")) return ContactsHandler.Delta(request);
        if (request.Matches("GET", "me", "contacts", "*")) return ContactsHandler.Get(request, request.Segments[2]);
        if (request.Matches("GET", "me", "calendarView")) return CalendarHandler.View(request);
        if (request.Matches("GET", "me", "calendarView", "delta")) return CalendarHandler.Delta(request);
        if (request.Matches("POST", "me", "sendMail")) return SendingHandler.SendMail(request);
        if (request.Matches("POST", "me", "messages")) return SendingHandler.CreateDraft(request);
        if (request.Matches("GET", "me", "messages")) return MessagesHandler.ListAll(request);
        if (request.Matches("GET", "me", "mailFolders", "delta")) return FoldersHandler.Delta(request);
        if (request.Matches("GET", "me", "mailFolders", "*")) return WithFolder(request, folder => FoldersHandler.Get(request, folder));
        if (request.Matches("GET", "me", "mailFolders", "*", "messages")) return WithFolder(request, folder => MessagesHandler.List(request, folder));
        if (request.Matches("GET", "me", "mailFolders", "*", "messages", "delta")) return WithFolder(request, folder => MessagesHandler.Delta(request, folder));
        return GraphErrors.Create(400, "BadRequest", $"Unsupported request: {request.Method} /{string.Join('/', request.Segments)}.");
    }

    /// <summary>Splits a path and unwraps OData key syntax, so mailFolders('inbox') reads as mailFolders/inbox and delta() as delta.</summary>
    public static IReadOnlyList<string> Segments(string path)
    {
        var segments = new List<string>();
        foreach (var raw in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw);
            var open = segment.IndexOf('(');
            if (open > 0 && segment.EndsWith(')'))
            {
                segments.Add(segment[..open]);
                var key = segment[(open + 1)..^1].Trim('\'');
                if (key.Length > 0) segments.Add(key);
            }
            else
            {
                segments.Add(segment);
            }
        }
        return segments;
    }

    private static GraphResponse WithFolder(GraphRequest request, Func<MailFolder, GraphResponse> handle)
    {
        var name = request.Segments[2];
        if (MailFolders.TryParseWellKnownName(name, out var folder)) return handle(folder);
        if (request.Mailbox.TryParseId(name, ItemKinds.Folder, out var number) && request.Mailbox.FindFolder((MailFolder)number, request.Mailbox.CurrentWatermark()) is not null) return handle((MailFolder)number);
        return GraphErrors.NotFound("The specified folder could not be found in the store.");
    }
}
