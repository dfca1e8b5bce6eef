namespace NudgeService.Application.Digest.Wording;

/// <summary>The parts of the weekly email, in the order they appear, each named for what it holds.</summary>
public enum DigestSection
{
    /// <summary>Birthdays and new roles: a word of congratulations.</summary>
    ToCelebrate,

    /// <summary>A new employer or a company gone from the card: news to acknowledge, not a silence to break.</summary>
    News,

    ToReconnect,
    ComingUp,
}

public static class DigestSections
{
    public static DigestSection Of(NudgeKind kind) => kind switch
    {
        NudgeKind.Birthday or NudgeKind.NewRole => DigestSection.ToCelebrate,
        NudgeKind.NewDomain or NudgeKind.CheckIn => DigestSection.News,
        NudgeKind.SeeingSoon => DigestSection.ComingUp,
        _ => DigestSection.ToReconnect,
    };
}
