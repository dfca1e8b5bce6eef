namespace NudgeService.Application.Digest;

/// <summary>A digest job that failed every attempt and waits in digest-jobs-poison; Job is null when the message is not a digest job at all.</summary>
public sealed record PoisonedDigestJob(string MessageId, DigestJob? Job, DateTimeOffset? PoisonedAt);

/// <summary>The digest-jobs-poison queue, for operators and for the hourly figure the alert reads.</summary>
public interface IPoisonedDigestJobs
{
    /// <summary>The queue's approximate length, as the storage service reports it.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The oldest jobs waiting (at most 32, the most one look returns), leaving them in place.</summary>
    Task<IReadOnlyList<PoisonedDigestJob>> PeekAsync(CancellationToken cancellationToken);

    /// <summary>Moves the waiting jobs (only that user's, when given) back to digest-jobs; returns how many moved.</summary>
    Task<int> RetryAsync(string? userId, CancellationToken cancellationToken);
}
