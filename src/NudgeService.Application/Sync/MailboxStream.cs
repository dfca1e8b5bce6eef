namespace NudgeService.Application.Sync;

/// <summary>The four Graph delta streams a weekly sync follows.</summary>
public enum MailboxStream
{
    Contacts,
    Calendar,
    Inbox,
    SentItems,
}
