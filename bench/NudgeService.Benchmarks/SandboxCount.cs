using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Benchmarks;

/// <summary>
/// What a sync of the window should hand over, counted from the persona itself rather than
/// through Graph: its contacts, its events overlapping [now − 365 days, now + 365 days], and its
/// mail of the last 365 days in Sent Items and in the folders that hold conversations (the Inbox,
/// the Archive and the owner's folders; not Deleted Items, Junk Email, Drafts, Outbox or
/// Conversation History).
/// </summary>
internal static class SandboxCount
{
    public static int InWindow(MailboxSeed persona, DateTimeOffset now)
    {
        var from = now.AddDays(-365);
        var until = now.AddDays(365);
        var mail = persona.Messages.Count(message => message.ReceivedAt >= from && message.ReceivedAt <= now
            && (message.Folder is MailFolder.Inbox or MailFolder.SentItems or MailFolder.Archive || !message.Folder.IsWellKnown()));
        var events = persona.Events.Count(meeting => meeting.End > from && meeting.Start < until);
        var contacts = persona.Contacts.Count(contact => contact.CreatedAt <= now && (contact.DeletedAt is null || contact.DeletedAt > now));
        return mail + events + contacts;
    }
}
