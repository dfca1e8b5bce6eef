namespace NudgeService.Domain.Relationships;

/// <summary>Dunbar-like layers of a personal network, closest first; each holds about the number of people shown (cumulative).</summary>
public enum Tier
{
    /// <summary>About 5 people.</summary>
    Closest = 1,

    /// <summary>About 15 people, including the closest.</summary>
    Close = 2,

    /// <summary>About 50 people.</summary>
    Regular = 3,

    /// <summary>About 150 people: the limit of stable relationships.</summary>
    Outer = 4,

    /// <summary>Everyone else: acquaintances, where new opportunities often come from.</summary>
    Weak = 5,
}
