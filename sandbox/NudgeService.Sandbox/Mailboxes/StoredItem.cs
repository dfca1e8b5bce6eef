namespace NudgeService.Sandbox.Mailboxes;

/// <summary>An item with the mailbox versions at which it was added, last changed and deleted (0 = seeded / never).</summary>
internal sealed class StoredItem<T>(T item, long addedVersion) where T : class
{
    public T Item { get; set; } = item;
    public long AddedVersion { get; } = addedVersion;
    public long DeletedVersion { get; set; }

    public bool ExistsAt(long version) => AddedVersion <= version && (DeletedVersion == 0 || DeletedVersion > version);
}

/// <summary>Append-only log of (version, item number) used to answer "what changed since".</summary>
internal sealed class ChangeLog
{
    private readonly List<(long Version, long Number)> entries = [];

    public void Record(long version, long number) => entries.Add((version, number));

    public IEnumerable<long> NumbersChangedBetween(long afterVersion, long upToVersion)
    {
        var start = LowerBound(afterVersion + 1);
        for (var i = start; i < entries.Count && entries[i].Version <= upToVersion; i++)
        {
            yield return entries[i].Number;
        }
    }

    private int LowerBound(long version)
    {
        int low = 0, high = entries.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (entries[middle].Version < version) low = middle + 1; else high = middle;
        }
        return low;
    }
}
