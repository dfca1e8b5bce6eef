namespace NudgeService.Application.Digest;

/// <summary>
/// The first-look-jobs queue: one message per completed connect, a <see cref="DigestJob"/> of the
/// week the user connected in. Delivery is at least once; the week's record keeps it to one digest.
/// </summary>
public interface IFirstLookQueue
{
    public const string Name = "first-look-jobs";
    public const string PoisonName = "first-look-jobs-poison";

    Task EnqueueAsync(DigestJob job, CancellationToken cancellationToken);
}
