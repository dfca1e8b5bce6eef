using NudgeService.Sandbox.Graph.Json;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>/me/mailFolders: one folder by id or well-known name, and the delta of the whole hierarchy (nested folders included, each with its parent).</summary>
public static class FoldersHandler
{
    private static readonly DeltaStream Stream = new("me/mailFolders", "mailFolder", ItemKinds.Folder);

    public static GraphResponse Get(GraphRequest request, MailFolder folder)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, FolderJson.Shape, 10, "$select");
        if (error is not null) return error;
        var at = request.Mailbox.CurrentWatermark();
        if (request.Mailbox.FindFolder(folder, at) is not { } node) return GraphErrors.NotFound("The specified folder could not be found in the store.");
        var all = request.Mailbox.Folders(at);
        return SingleEntity.Write(writer => FolderJson.Write(writer, request.Mailbox, node, all, at, options!.Select, false));
    }

    public static GraphResponse Delta(GraphRequest request)
    {
        if (!GraphScopes.Allows(request.Grant.Scopes, "Mail.ReadBasic")) return GraphErrors.AccessDenied("Mail.ReadBasic");
        var (options, error) = QueryOptions.Parse(request, FolderJson.Shape, 10, "$select", "$top");
        if (error is not null) return error;
        var (token, tokenError) = DeltaRounds.Resume(request);
        if (tokenError is not null) return tokenError;

        var select = DeltaStream.SelectOf(token, options!);
        token ??= new DeltaToken(request.Mailbox.DeltaEpoch, null, null, 0, null, null, null, null, select is null ? null : string.Join(',', select));
        if (token.Since is not null)
        {
            return DeltaRounds.ChangesPage(request, token, request.Mailbox.FolderChanges, options!, Stream,
                (writer, folder, at) => FolderJson.Write(writer, request.Mailbox, folder, request.Mailbox.Folders(at), at, select, true));
        }
        var snapshot = token.At ?? request.Mailbox.CurrentWatermark();
        var everything = request.Mailbox.Folders(snapshot);
        var page = everything.Skip((int)token.Offset).Take(options!.ServedPageSize(Stream.Kind, token.Offset)).ToList();
        var more = token.Offset + page.Count < everything.Count;
        var next = more ? token with { At = snapshot, Offset = token.Offset + page.Count } : token with { Since = snapshot, At = null, Offset = 0 };
        return Stream.Page(request, writer => page.ForEach(folder => FolderJson.Write(writer, request.Mailbox, folder, everything, snapshot, select, true)), next, more, options);
    }
}
