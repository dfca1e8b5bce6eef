namespace NudgeService.Application.Connect;

/// <summary>Reads who the mailbox belongs to and its settings (/me, /me/mailboxSettings).</summary>
public interface IMailboxProfileReader
{
    /// <exception cref="MailboxUnavailableException">Graph has no Exchange Online mailbox for the account.</exception>
    Task<MailboxProfile> ReadAsync(string userId, string accessToken, CancellationToken cancellationToken);
}

/// <summary>The account exists but Graph reaches no mailbox of it: on-premises Exchange, no licence, inactive or soft-deleted.</summary>
public sealed class MailboxUnavailableException(string errorCode) : Exception($"Graph has no mailbox for the account ({errorCode}).");

/// <param name="TimeZone">Outlook's mailbox time zone (Windows or IANA id), "UTC" when unset.</param>
/// <param name="Address">Where mail reaches the connected mailbox: the directory's mail, or for a personal account (which has none) the address its Sent Items go out from.</param>
/// <param name="Locale">e.g. "fr-FR"; null when the mailbox has none.</param>
public sealed record MailboxProfile(string Address, string DisplayName, string TimeZone, string? Locale);
