namespace NudgeService.Sandbox.Mailboxes;

/// <summary>What stands behind an account, which decides what Graph answers about its mailbox.</summary>
public enum MailboxKind
{
    /// <summary>A work or school account with an Exchange Online mailbox.</summary>
    ExchangeOnline,

    /// <summary>
    /// A work account whose mailbox Graph cannot reach (on-premises Exchange, no licence, inactive or
    /// soft-deleted): /me answers from the directory, every mailbox resource 404 MailboxNotEnabledForRESTAPI.
    /// </summary>
    NoExchange,

    /// <summary>
    /// A personal Microsoft account (Outlook.com, Hotmail) in the consumer tenant: /me has no mail, and
    /// userPrincipalName and the id token name the address the person signs in with, which may belong to
    /// another provider.
    /// </summary>
    Personal,
}
