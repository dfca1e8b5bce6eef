using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.LocalEnvironment;

/// <summary>A sandbox mailbox's clock as the services' clock, so that "now" means the same on both sides.</summary>
public sealed class MailboxTime(Mailbox mailbox) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => mailbox.Clock.Now;
}
