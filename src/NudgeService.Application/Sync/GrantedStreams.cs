using NudgeService.Application.Connect;

namespace NudgeService.Application.Sync;

/// <summary>The streams the user's consent lets the sync read; a declined scope costs its stream, not the account.</summary>
public static class GrantedStreams
{
    public static IReadOnlySet<MailboxStream> Of(IReadOnlySet<string> grantedScopes)
    {
        var streams = new HashSet<MailboxStream>();
        if (grantedScopes.Contains(GraphPermissions.Contacts)) streams.Add(MailboxStream.Contacts);
        if (grantedScopes.Contains(GraphPermissions.Calendars)) streams.Add(MailboxStream.Calendar);
        if (grantedScopes.Contains(GraphPermissions.MailHeaders) || grantedScopes.Contains(GraphPermissions.MailDrafts))
        {
            streams.Add(MailboxStream.Inbox);
            streams.Add(MailboxStream.SentItems);
        }
        return streams;
    }
}
