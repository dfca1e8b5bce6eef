namespace NudgeService.Domain.Correspondents;

/// <summary>What an address is to the user; only <see cref="Person"/> can become a tie.</summary>
public enum CorrespondentKind
{
    /// <summary>Someone the user has a relationship with, even one the user never answers.</summary>
    Person,

    /// <summary>One of the user's own addresses or aliases.</summary>
    Own,

    /// <summary>No-reply senders, notifications, newsletters, order confirmations and other bulk mail.</summary>
    Automated,

    /// <summary>A group address that relays mail to many people.</summary>
    DistributionList,

    /// <summary>Someone who works in the user's mailbox or sends on another person's behalf.</summary>
    Delegate,
}
