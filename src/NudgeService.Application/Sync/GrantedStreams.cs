using NudgeService.Application.Connect;

namespace NudgeService.Application.Sync;

/// <summary>The kinds of stream the user's consent lets the sync read; a declined scope costs its streams, not the account.</summary>
internal static class GrantedStreams
{
    public static IReadOnlySet<StreamKind> Of(IReadOnlySet<string> grantedScopes)
    {
        var streams = new HashSet<StreamKind>();
        if (grantedScopes.Contains(GraphPermissions.Contacts)) streams.Add(StreamKind.Contacts);
        if (grantedScopes.Contains(GraphPermissions.Calendars)) streams.Add(StreamKind.Calendar);
        if (grantedScopes.Contains(GraphPermissions.MailHeaders) || grantedScopes.Contains(GraphPermissions.MailDrafts))
        {
            streams.Add(StreamKind.Folders);
            streams.Add(StreamKind.ReceivedMail);
            streams.Add(StreamKind.SentMail);
        }
        return streams;
    }
}
