namespace NudgeService.Application.Actions;

/// <summary>A message written from a nudge: one recipient, plain text.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string Body);

/// <summary>The user's own mailbox, for sending a nudge's message or leaving it as a draft.</summary>
public interface IOutlookMail
{
    /// <summary>Sends from the mailbox and files the message in Sent Items.</summary>
    /// <exception cref="MailNotDoneException">Why it was not sent, or that nobody can tell.</exception>
    /// <exception cref="Accounts.AccessTokenRejectedException">Graph refused the access token: nothing was sent.</exception>
    /// <param name="userId">Whose mailbox: its concurrency limit is shared with all other work on it.</param>
    Task SendAsync(string userId, string accessToken, OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>Creates a draft and returns the address of its Outlook on the web page.</summary>
    /// <exception cref="MailNotDoneException">Why no draft was created.</exception>
    /// <exception cref="Accounts.AccessTokenRejectedException">Graph refused the access token: no draft was created.</exception>
    Task<string> CreateDraftAsync(string userId, string accessToken, OutgoingMail mail, CancellationToken cancellationToken);
}

public enum MailFailure
{
    /// <summary>The account did not grant the permission the request needs.</summary>
    PermissionMissing,

    /// <summary>Throttled or unavailable, and Outlook said so before doing anything: nothing happened.</summary>
    Busy,

    /// <summary>Outlook refused the request itself: nothing happened.</summary>
    Refused,

    /// <summary>The request may or may not have been carried out (a timeout, a dropped connection, a server error).</summary>
    Unconfirmed,
}

public sealed class MailNotDoneException(MailFailure failure, string detail, Exception? inner = null) : Exception($"The mailbox did not carry out the request ({failure}): {detail}", inner)
{
    public MailFailure Failure { get; } = failure;
}
