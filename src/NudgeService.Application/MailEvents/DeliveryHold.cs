namespace NudgeService.Application.MailEvents;

/// <summary>Why the user's digests were paused by what their mail server told SendGrid, shown on their preferences page.</summary>
/// <param name="Status">The SMTP enhanced status code, when the event gave one.</param>
public sealed record DeliveryHold(DeliveryHoldReason Reason, string? Status, DateTimeOffset At);

public enum DeliveryHoldReason
{
    /// <summary>The receiving server said the address does not take mail.</summary>
    AddressRefused,

    /// <summary>The receiving server refused mail from us (a block, often a reputation or policy filter).</summary>
    Blocked,

    /// <summary>SendGrid dropped the email because the address bounced before and is on its suppression list.</summary>
    SuppressedAddress,
}

/// <summary>The delivery hold of each user, beside their account.</summary>
public interface IDeliveryHoldStore
{
    Task<DeliveryHold?> FindAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(string userId, DeliveryHold hold, CancellationToken cancellationToken);
}

/// <summary>Remembers every signed post accepted, for as long as its timestamp is fresh, so that a copy is refused.</summary>
public interface IWebhookReplayGuard
{
    /// <summary>True the first time this signature is presented; false for a replay.</summary>
    Task<bool> FirstTimeAsync(string signature, DateTimeOffset signedAt, CancellationToken cancellationToken);

    /// <summary>Forgets posts signed before the instant, which their staleness refuses anyway; returns how many.</summary>
    Task<int> ForgetBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken);
}
