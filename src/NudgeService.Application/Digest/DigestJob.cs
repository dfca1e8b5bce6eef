namespace NudgeService.Application.Digest;

/// <summary>One user's week to run: the message on the digest-jobs queue.</summary>
public sealed record DigestJob(string UserId, string Week);

/// <summary>The digest-jobs queue; delivery is at least once, so every job is idempotent.</summary>
public interface IDigestJobQueue
{
    public const string Name = "digest-jobs";
    public const string PoisonName = "digest-jobs-poison";

    Task EnqueueAsync(DigestJob job, CancellationToken cancellationToken);
}
