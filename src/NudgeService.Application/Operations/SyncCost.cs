namespace NudgeService.Application.Operations;

/// <summary>What a user's last weekly sync cost, kept for operators (./nudge status).</summary>
public sealed record SyncCost(DateTimeOffset At, int RoundTrips, int ItemsRead, long BytesWritten, TimeSpan Elapsed);

public interface ISyncCostStore
{
    Task<SyncCost?> FindAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(string userId, SyncCost cost, CancellationToken cancellationToken);
}
