using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Admin;

/// <summary>What the admin API and the CLI say about a served mailbox.</summary>
public sealed record MailboxSummary(
    string Key,
    string Address,
    string DisplayName,
    string Source,
    DateTimeOffset Clock,
    int Contacts,
    int InboxMessages,
    int SentMessages,
    int Events,
    bool HasGroundTruth)
{
    public static MailboxSummary Of(Mailbox mailbox)
    {
        var at = mailbox.CurrentWatermark();
        return new MailboxSummary(
            mailbox.Key,
            mailbox.Owner.Address,
            mailbox.Owner.DisplayName,
            mailbox.Seed.Name,
            at.Time,
            mailbox.Contacts(at).Count,
            mailbox.MessageCount(MailFolder.Inbox, at),
            mailbox.MessageCount(MailFolder.SentItems, at),
            mailbox.EventsBetween(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, at).Count,
            mailbox.Seed.GroundTruth is not null);
    }
}
