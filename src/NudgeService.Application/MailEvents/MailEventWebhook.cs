using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Telemetry;

namespace NudgeService.Application.MailEvents;

/// <summary>
/// POST /api/sendgrid/events: SendGrid's signed Event Webhook. A post counts only when it is signed
/// with the configured key, signed recently, and not seen before. A hard bounce or a block pauses the
/// user's digests and says why on their preferences page; a spam report unsubscribes them (mailbox
/// providers count every further email against our sending reputation).
/// </summary>
public sealed class MailEventWebhook(
    IOptions<NudgeOptions> options,
    IWebhookReplayGuard replays,
    IUserStore users,
    IDeliveryHoldStore holds,
    NudgeMetrics metrics,
    TimeProvider time,
    ILogger<MailEventWebhook> logger)
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    /// <summary>How far a post's timestamp may be from our clock: SendGrid signs as it posts, so this only allows for clock drift and the trip.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    private readonly EventWebhookSignature? signature = options.Value.SendGrid.EventWebhookPublicKey is { Length: > 0 } key ? new EventWebhookSignature(key) : null;

    /// <returns>The HTTP status to answer: 2xx only for a post taken, so that SendGrid retries the others it really sent.</returns>
    public async Task<int> ReceiveAsync(string? signatureHeader, string? timestampHeader, byte[] body, CancellationToken cancellationToken)
    {
        if (signature is null)
        {
            logger.LogWarning("A SendGrid event post was refused: Nudge:SendGrid:EventWebhookPublicKey is not set");
            return 401;
        }
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(timestampHeader)) return Refuse(401, "unsigned");
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) || unix > 253402300799) return Refuse(401, "unreadable timestamp");
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(unix);
        if ((time.GetUtcNow() - signedAt).Duration() > Freshness) return Refuse(401, "stale");
        if (!signature.Verifies(timestampHeader, body, signatureHeader)) return Refuse(403, "bad signature");
        if (MailEventBatch.Read(body) is not { } events) return Refuse(400, "not an event array");
        if (!await replays.FirstTimeAsync(signatureHeader, signedAt, cancellationToken)) return Refuse(409, "replayed");

        foreach (var mailEvent in events)
        {
            metrics.MailEvent(mailEvent.Kind);
            if (mailEvent.UserId is not { Length: > 0 } userId) continue;
            if (HoldFor(mailEvent) is { } reason) await PauseAsync(userId, new DeliveryHold(reason, mailEvent.Status, mailEvent.At), cancellationToken);
            else if (mailEvent.Kind == MailEventKinds.SpamReport) await UnsubscribeAsync(userId, cancellationToken);
        }
        return 200;
    }

    private static DeliveryHoldReason? HoldFor(MailEvent mailEvent) => mailEvent.Kind switch
    {
        MailEventKinds.Bounce when mailEvent.BounceType == MailEventKinds.Blocked => DeliveryHoldReason.Blocked,
        MailEventKinds.Bounce => DeliveryHoldReason.AddressRefused,
        // SendGrid drops mail to an address on its bounce list without trying: as final as the bounce itself.
        MailEventKinds.Dropped when mailEvent.DropReason?.Contains("Bounced Address", StringComparison.OrdinalIgnoreCase) == true => DeliveryHoldReason.SuppressedAddress,
        _ => null,
    };

    private async Task PauseAsync(string userId, DeliveryHold hold, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(userId, cancellationToken) is not { } account) return;
        await holds.SaveAsync(userId, hold, cancellationToken);
        // An unsubscribed account stays so; one waiting for a reconnect is paused, as its reconnect email would bounce too.
        if (account.Status is AccountStatus.Active or AccountStatus.NeedsReconnect)
        {
            await users.SaveAsync(account with { Status = AccountStatus.Paused }, cancellationToken);
        }
        logger.LogWarning("Digests paused after a {Reason} reported by SendGrid", hold.Reason);
    }

    private async Task UnsubscribeAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(userId, cancellationToken) is not { } account || account.Status == AccountStatus.Unsubscribed) return;
        await users.SaveAsync(account with { Status = AccountStatus.Unsubscribed }, cancellationToken);
        logger.LogWarning("Unsubscribed after a spam report relayed by SendGrid");
    }

    private int Refuse(int status, string why)
    {
        logger.LogWarning("A SendGrid event post was refused ({Why}): HTTP {Status}", why, status);
        return status;
    }
}
