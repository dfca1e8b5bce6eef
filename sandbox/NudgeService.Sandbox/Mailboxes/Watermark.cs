namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// A point in a mailbox's history: every mutation up to <see cref="Version"/> and every seeded
/// item dated up to <see cref="Time"/>. Delta tokens are pairs of watermarks.
/// </summary>
public readonly record struct Watermark(long Version, DateTimeOffset Time);

/// <summary>An item as a delta round reports it: current state, or gone.</summary>
public readonly record struct ItemChange<T>(long Number, T? Item) where T : class
{
    public bool Removed => Item is null;
}
