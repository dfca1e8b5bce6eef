namespace NudgeService.Domain.Relationships;

/// <summary>What the user told us about a tie the mailbox misjudges; the tiers obey it.</summary>
public enum TieCorrection
{
    /// <summary>Closer than the mail shows (a friend seen in person, a relative): placed among the close.</summary>
    Closer = 1,

    /// <summary>Not a relationship at all (a service, a one-off exchange): a weak tie that takes no place in the layers.</summary>
    NotARelationship = 2,
}
