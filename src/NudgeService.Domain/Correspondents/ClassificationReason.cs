namespace NudgeService.Domain.Correspondents;

/// <summary>The rule that decided a <see cref="CorrespondentVerdict"/>, stable enough to count in summaries.</summary>
public enum ClassificationReason
{
    /// <summary>One of the addresses the user's profile lists.</summary>
    KnownOwnerAddress,

    /// <summary>An address bearing the user's own name: an alias the profile does not list.</summary>
    OwnerNameAlias,

    /// <summary>Sends from the user's Sent Items under its own address: an assistant.</summary>
    WorksInUserMailbox,

    /// <summary>Mostly sends as the Sender of mail from someone else.</summary>
    SendsOnBehalfOfOthers,

    /// <summary>A no-reply, bounce or postmaster address.</summary>
    NoReplyAddress,

    /// <summary>Never writes in its own name, mail reaches the user through it, and it is named for a group (all-staff, team, list...).</summary>
    ListAddress,

    /// <summary>An address named for a function (orders, billing, news, support...), not a person.</summary>
    RoleAddress,

    /// <summary>Most of its mail carries bulk or automatic headers and the user never engages.</summary>
    BulkHeaders,

    /// <summary>Outlook files most of its mail under "other", the user never engages and the address bears no name.</summary>
    MostlyOther,

    /// <summary>Writes a lot on many days, the user never engages and the address bears no name.</summary>
    OneWayVolume,

    /// <summary>The user writes and hears back, or meets them.</summary>
    MutualExchange,

    /// <summary>The user (or the user's office) writes to them; they have not written back.</summary>
    WrittenToByUser,

    /// <summary>Only met in meetings.</summary>
    MetWithUser,

    /// <summary>Writes to the user like a person, even if the user never answers.</summary>
    WritesToUser,

    /// <summary>Only seen beside the user on other people's mail: nothing says it is not a person, nor that there is a tie.</summary>
    NoInteractionYet,
}
