namespace NudgeService.Application.MailEvents;

/// <summary>The event names of SendGrid's Event Webhook that NudgeService reacts to or counts.</summary>
internal static class MailEventKinds
{
    public const string Processed = "processed";
    public const string Delivered = "delivered";
    public const string Bounce = "bounce";
    public const string Dropped = "dropped";
    public const string SpamReport = "spamreport";

    /// <summary>The bounce types of a "bounce" event: both mean the address will not take our mail.</summary>
    public const string HardBounce = "bounce";
    public const string Blocked = "blocked";
}
