namespace NudgeService.Domain.Planning;

/// <summary>What became of a suggestion made in a past digest.</summary>
public enum SuggestionOutcome
{
    /// <summary>Proposed; nothing done yet.</summary>
    Proposed,
    Sent,
    Drafted,
    Snoozed,
    Dismissed,

    /// <summary>The week passed without an action.</summary>
    Expired,
}

/// <param name="Week">The Monday of the digest's week, in the user's zone.</param>
public sealed record PastSuggestion(string Key, DateOnly Week, SuggestionOutcome Outcome);

/// <summary>The user's settings and history that shape a plan.</summary>
/// <param name="Snoozes">People snoozed, until (and excluding) the given day.</param>
/// <param name="NotThisPerson">People the user never wants suggested.</param>
/// <param name="LastDigestAt">When the last digest went out: anyone met or written since is never suggested.</param>
public sealed record UserPlanContext(
    TimeZoneInfo TimeZone,
    IReadOnlyList<PastSuggestion> PastSuggestions,
    IReadOnlyDictionary<string, DateOnly> Snoozes,
    IReadOnlySet<string> NotThisPerson,
    DateTimeOffset? LastDigestAt)
{
    /// <summary>How many people to reconnect with each week.</summary>
    public int MaxReconnects { get; init; } = 3;

    /// <summary>How many dated events (birthdays, new roles, meetings ahead) a week may hold.</summary>
    public int MaxEvents { get; init; } = 3;

    /// <summary>After the user acted on a suggestion, that person rests this long.</summary>
    public int CoolDownDays { get; init; } = 90;
}
