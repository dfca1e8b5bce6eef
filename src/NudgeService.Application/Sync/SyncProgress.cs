namespace NudgeService.Application.Sync;

/// <summary>How far a sync has come: items read per stream and the latest mail day reached.</summary>
/// <param name="ReachedMailAt">The newest receivedDateTime read so far (initial rounds read oldest first).</param>
public sealed record SyncProgress(int ItemsRead, int Pages, DateTimeOffset WindowStart, DateTimeOffset Now, DateTimeOffset? ReachedMailAt)
{
    /// <summary>Share of the history window read, by mail date: a good guide for a first sync, 1 once done.</summary>
    public double Fraction => ReachedMailAt is { } reached && Now > WindowStart
        ? Math.Clamp((reached - WindowStart) / (Now - WindowStart), 0, 1)
        : 0;
}
