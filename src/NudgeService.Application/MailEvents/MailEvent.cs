namespace NudgeService.Application.MailEvents;

/// <summary>
/// One event of SendGrid's Event Webhook, reduced to what NudgeService acts on: never the address,
/// the SMTP reason text or anything else about the recipient beyond our own user id.
/// </summary>
/// <param name="Kind">SendGrid's "event": processed, delivered, deferred, bounce, dropped, spamreport, …</param>
/// <param name="BounceType">For a bounce, "bounce" (the server refused the address) or "blocked" (it refused us).</param>
/// <param name="Status">The SMTP enhanced status code of a bounce, such as 5.1.1.</param>
/// <param name="UserId">The custom argument every email of ours carries; null for mail we did not tag.</param>
internal sealed record MailEvent(string Kind, string? BounceType, string? Status, string? DropReason, string? UserId, DateTimeOffset At);
