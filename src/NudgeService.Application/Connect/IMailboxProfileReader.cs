namespace NudgeService.Application.Connect;

/// <summary>Reads who the mailbox belongs to and its settings (/me, /me/mailboxSettings).</summary>
public interface IMailboxProfileReader
{
    Task<MailboxProfile> ReadAsync(string accessToken, CancellationToken cancellationToken);
}

/// <param name="TimeZone">Outlook's mailbox time zone (Windows or IANA id), "UTC" when unset.</param>
/// <param name="Locale">e.g. "fr-FR"; null when the mailbox has none.</param>
public sealed record MailboxProfile(string Address, string DisplayName, string TimeZone, string? Locale);
