namespace NudgeService.Sandbox.SendGrid.Events;

/// <summary>One signed post the sandbox made to the Event Webhook, with the receiver's answer (0 when it could not be reached).</summary>
public sealed record WebhookPost(string Timestamp, string Signature, string Body, int Status);

/// <summary>The event a test or tool asks the sandbox to report for an accepted message.</summary>
/// <param name="Event">processed, delivered, bounce, dropped or spamreport.</param>
/// <param name="Type">For a bounce: "bounce" (default) or "blocked".</param>
/// <param name="SignedAt">Signs as of that instant instead of now, to play a delayed or stale post.</param>
public sealed record MailEventRequest(string Event, string? Type, DateTimeOffset? SignedAt);
