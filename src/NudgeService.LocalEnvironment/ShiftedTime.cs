namespace NudgeService.LocalEnvironment;

/// <summary>A clock that reads <paramref name="start"/> now and runs at real speed from there: an operator's "--at".</summary>
public sealed class ShiftedTime(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
