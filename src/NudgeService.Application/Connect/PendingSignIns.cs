namespace NudgeService.Application.Connect;

/// <summary>Sign-ins started and not yet finished: each may finish once.</summary>
public interface IPendingSignInStore
{
    Task AddAsync(string signInId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Removes the sign-in; false when it was never started or already finished (a replayed state).</summary>
    Task<bool> TryTakeAsync(string signInId, CancellationToken cancellationToken);

    /// <summary>Deletes the sign-ins started and abandoned before they expired; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
