namespace NudgeService.Domain.Ledger;

/// <summary>One interaction with a correspondent, on the user's local day.</summary>
/// <param name="Audience">People in the interaction other than the user: 1 is one-to-one, 40 an all-hands.</param>
public readonly record struct Touch(DateOnly Day, TouchKind Kind, int Audience);

public enum TouchKind : byte
{
    /// <summary>Mail the user sent with the correspondent in To or Cc.</summary>
    MailFromUser,

    /// <summary>Mail the correspondent sent the user.</summary>
    MailToUser,

    /// <summary>A meeting both attended that was neither cancelled nor declined and has started.</summary>
    Meeting,
}
