using NudgeService.Sandbox.Graph.Json;

namespace NudgeService.Sandbox.Graph;

/// <summary>/me and /me/mailboxSettings.</summary>
public static class ProfileHandler
{
    public static GraphResponse Me(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("User.Read")) return GraphErrors.AccessDenied("User.Read");
        var (options, error) = QueryOptions.Parse(request, ProfileJson.UserShape, 1, "$select");
        return error ?? SingleEntity.Write(writer => ProfileJson.WriteUser(writer, request.Mailbox.Owner, request.ServiceRoot, options!.Select));
    }

    public static GraphResponse MailboxSettings(GraphRequest request)
    {
        if (!request.Grant.Scopes.Contains("MailboxSettings.Read")) return GraphErrors.AccessDenied("MailboxSettings.Read");
        var (options, error) = QueryOptions.Parse(request, ProfileJson.MailboxSettingsShape, 1, "$select");
        return error ?? SingleEntity.Write(writer => ProfileJson.WriteMailboxSettings(writer, request.Mailbox.Owner, request.ServiceRoot, options!.Select));
    }
}
