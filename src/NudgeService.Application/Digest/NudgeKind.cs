namespace NudgeService.Application.Digest;

/// <summary>What a digest item asks the user to do, which decides its section, its draft and its wording.</summary>
public enum NudgeKind
{
    Reconnect,
    Birthday,

    /// <summary>A new title or company: congratulations.</summary>
    NewRole,

    /// <summary>The company became empty: a warm check-in, never congratulations.</summary>
    CheckIn,

    /// <summary>The person now writes from another domain, usually a new employer: a word without presuming a promotion.</summary>
    NewDomain,

    /// <summary>A meeting in the coming week with someone not seen for long: a word before it.</summary>
    SeeingSoon,
}
