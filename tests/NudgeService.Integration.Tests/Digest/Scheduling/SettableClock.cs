namespace NudgeService.Integration.Tests.Digest.Scheduling;

/// <summary>The services' clock, moved by the test hour by hour as the timer would see it.</summary>
internal sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
