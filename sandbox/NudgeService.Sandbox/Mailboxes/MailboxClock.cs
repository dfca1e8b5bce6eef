namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// The mailbox's own time: it runs at the speed of real time from the instant it was last set,
/// so tests can jump weeks ahead while mail sent in between still gets distinct timestamps.
/// </summary>
public sealed class MailboxClock(DateTimeOffset start, TimeProvider realTime)
{
    private DateTimeOffset anchor = start;
    private DateTimeOffset anchoredAt = realTime.GetUtcNow();

    public DateTimeOffset Now => anchor + (realTime.GetUtcNow() - anchoredAt);

    public void Set(DateTimeOffset now)
    {
        anchor = now;
        anchoredAt = realTime.GetUtcNow();
    }
}
