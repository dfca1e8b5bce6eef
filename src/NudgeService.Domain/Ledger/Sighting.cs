namespace NudgeService.Domain.Ledger;

/// <summary>
/// One mail or meeting a correspondent took part in, named by a hash of its item shared by
/// everyone in it: two correspondents with the same item were in the same mail or meeting.
/// </summary>
public readonly record struct Sighting(uint Item, DateOnly Day, SightingRole Role);

public enum SightingRole : byte
{
    /// <summary>The correspondent sent the mail to the user.</summary>
    Sender,

    /// <summary>The user sent the mail to the correspondent.</summary>
    Recipient,

    /// <summary>The correspondent was copied on mail someone else sent the user, or on mail that reached the user through a list.</summary>
    CopiedAlongside,

    /// <summary>The correspondent attended a meeting with the user.</summary>
    Meeting,

    /// <summary>The correspondent organised a meeting the user attended.</summary>
    Organizer,
}
