namespace NudgeService.Domain.LifeEvents;

public enum LifeEventKind
{
    Birthday,

    /// <summary>A new title or a new company: worth congratulations.</summary>
    NewRole,

    /// <summary>The company became empty: a check-in, never congratulations.</summary>
    JobLoss,

    /// <summary>The person writes from an address at a new domain, usually a new employer.</summary>
    NewDomain,

    /// <summary>A meeting in the coming week with someone not seen for a long time: a word before, not a reconnect after.</summary>
    SeeingSoon,
}

/// <summary>A dated event about one person, with the facts a draft can use.</summary>
/// <param name="Key">The correspondent's key.</param>
/// <param name="Date">The day in the user's time zone.</param>
public sealed record LifeEvent(LifeEventKind Kind, string Key, string Name, DateOnly Date, LifeEventFacts Facts)
{
    /// <summary>Whether a draft may congratulate: never for a job loss.</summary>
    public bool Congratulate => Kind is LifeEventKind.NewRole or LifeEventKind.Birthday;
}

/// <param name="Age">The age reached on a birthday, when the year is known.</param>
/// <param name="LastInteraction">The last interaction before a reunion.</param>
public sealed record LifeEventFacts
{
    public int? Age { get; init; }
    public string? PreviousTitle { get; init; }
    public string? PreviousCompany { get; init; }
    public string? NewTitle { get; init; }
    public string? NewCompany { get; init; }
    public string? PreviousAddress { get; init; }
    public string? NewAddress { get; init; }
    public string? MeetingSubject { get; init; }
    public DateOnly? LastInteraction { get; init; }
}
