namespace NudgeService.Domain.LifeEvents;

/// <summary>The week life events are looked for: from today (in the user's zone) for seven days, and changes noticed since the last digest.</summary>
/// <param name="ChangesSince">Contact changes and new addresses noticed after this instant are news.</param>
public sealed record LifeEventWindow(DateTimeOffset Now, TimeZoneInfo UserZone, DateTimeOffset ChangesSince)
{
    public const int Days = 7;

    public DateOnly Today => Ledger.LocalDay.Of(Now, UserZone);

    public DateOnly End => Today.AddDays(Days);

    public bool Contains(DateOnly day) => day >= Today && day < End;

    public DateOnly LocalDay(DateTimeOffset at) => Ledger.LocalDay.Of(at, UserZone);
}
