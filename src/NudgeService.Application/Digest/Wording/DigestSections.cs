namespace NudgeService.Application.Digest.Wording;

/// <summary>The parts of the weekly email, in the order they appear.</summary>
public enum DigestSection
{
    ToCelebrate,
    ToReconnect,
    ComingUp,
}

public static class DigestSections
{
    public static DigestSection Of(NudgeKind kind) => kind switch
    {
        NudgeKind.Birthday or NudgeKind.NewRole => DigestSection.ToCelebrate,
        NudgeKind.SeeingSoon => DigestSection.ComingUp,
        _ => DigestSection.ToReconnect,
    };
}
