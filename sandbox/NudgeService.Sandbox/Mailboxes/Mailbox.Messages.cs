namespace NudgeService.Sandbox.Mailboxes;

public sealed partial class Mailbox
{
    private readonly Dictionary<MailFolder, List<StoredItem<MailMessage>>> folders = Enum.GetValues<MailFolder>().ToDictionary(folder => folder, _ => new List<StoredItem<MailMessage>>());
    private readonly Dictionary<long, StoredItem<MailMessage>> messages = [];
    private readonly ChangeLog messageChanges = new();
    private long lastMessageNumber;

    private static readonly Comparison<StoredItem<MailMessage>> ByArrival = (left, right) =>
    {
        var byTime = left.Item.ReceivedAt.CompareTo(right.Item.ReceivedAt);
        return byTime != 0 ? byTime : left.Item.Number.CompareTo(right.Item.Number);
    };

    private void LoadMessages(IEnumerable<MailMessage> seeded)
    {
        foreach (var message in seeded)
        {
            var stored = new StoredItem<MailMessage>(message, 0);
            messages.Add(message.Number, stored);
            folders[message.Folder].Add(stored);
            lastMessageNumber = Math.Max(lastMessageNumber, message.Number);
        }
        foreach (var folder in folders.Values) folder.Sort(ByArrival);
    }

    public int MessageCount(MailFolder folder, Watermark at)
    {
        lock (gate)
        {
            var list = folders[folder];
            var end = ArrivedBefore(list, at.Time, long.MaxValue);
            var count = 0;
            for (var i = 0; i < end; i++) if (list[i].ExistsAt(at.Version)) count++;
            return count;
        }
    }

    public MailMessage? FindMessage(long number, Watermark at)
    {
        lock (gate)
        {
            return messages.TryGetValue(number, out var stored) && stored.ExistsAt(at.Version) && stored.Item.ReceivedAt <= at.Time ? stored.Item : null;
        }
    }

    /// <summary>Messages of a folder visible at <paramref name="at"/>, oldest first, strictly after the cursor.</summary>
    public IReadOnlyList<MailMessage> MessagesOldestFirst(MailFolder folder, Watermark at, DateTimeOffset? receivedFrom, (DateTimeOffset ReceivedAt, long Number)? after, int take)
    {
        lock (gate)
        {
            var list = folders[folder];
            var start = after is { } cursor ? ArrivedBefore(list, cursor.ReceivedAt, cursor.Number + 1) : 0;
            if (receivedFrom is { } from) start = Math.Max(start, ArrivedBefore(list, from, long.MinValue));
            var page = new List<MailMessage>(Math.Min(take, 1024));
            for (var i = start; i < list.Count && page.Count < take; i++)
            {
                var stored = list[i];
                if (stored.Item.ReceivedAt > at.Time) break;
                if (stored.ExistsAt(at.Version)) page.Add(stored.Item);
            }
            return page;
        }
    }

    /// <summary>Messages of a folder visible at <paramref name="at"/>, newest first, as the folder's messages list returns them.</summary>
    public IReadOnlyList<MailMessage> MessagesNewestFirst(MailFolder folder, Watermark at, Func<MailMessage, bool> filter, int skip, int take)
    {
        lock (gate)
        {
            var list = folders[folder];
            var page = new List<MailMessage>(Math.Min(take, 1024));
            for (var i = ArrivedBefore(list, at.Time, long.MaxValue) - 1; i >= 0 && page.Count < take; i--)
            {
                var stored = list[i];
                if (!stored.ExistsAt(at.Version) || !filter(stored.Item)) continue;
                if (skip > 0) skip--; else page.Add(stored.Item);
            }
            return page;
        }
    }

    /// <summary>What a client holding <paramref name="since"/> must learn to be at <paramref name="at"/>, ordered by item number.</summary>
    public IReadOnlyList<ItemChange<MailMessage>> MessageChanges(MailFolder folder, DateTimeOffset? receivedFrom, Watermark since, Watermark at)
    {
        lock (gate)
        {
            var numbers = new SortedSet<long>(messageChanges.NumbersChangedBetween(since.Version, at.Version));
            var list = folders[folder];
            for (var i = ArrivedBefore(list, since.Time, long.MaxValue); i < list.Count && list[i].Item.ReceivedAt <= at.Time; i++)
            {
                if (list[i].AddedVersion <= since.Version) numbers.Add(list[i].Item.Number);
            }
            var changes = new List<ItemChange<MailMessage>>(numbers.Count);
            foreach (var number in numbers)
            {
                var stored = messages[number];
                if (stored.Item.Folder != folder) continue;
                var visible = stored.ExistsAt(at.Version) && stored.Item.ReceivedAt <= at.Time;
                if (visible && receivedFrom is { } from && stored.Item.ReceivedAt < from) continue;
                changes.Add(new ItemChange<MailMessage>(number, visible ? stored.Item : null));
            }
            return changes;
        }
    }

    /// <summary>Files a message built by <paramref name="create"/> with the next free number.</summary>
    public MailMessage AddMessage(Func<long, MailMessage> create)
    {
        lock (gate)
        {
            var message = create(++lastMessageNumber);
            var stored = new StoredItem<MailMessage>(message, ++version);
            messages.Add(message.Number, stored);
            var list = folders[message.Folder];
            var index = ArrivedBefore(list, message.ReceivedAt, message.Number);
            list.Insert(index, stored);
            messageChanges.Record(version, message.Number);
            return message;
        }
    }

    public bool DeleteMessage(long number)
    {
        lock (gate)
        {
            if (!messages.TryGetValue(number, out var stored) || stored.DeletedVersion != 0) return false;
            stored.DeletedVersion = ++version;
            messageChanges.Record(version, number);
            return true;
        }
    }

    /// <summary>Index of the first message arriving after (time, number) — binary search over the folder's arrival order.</summary>
    private static int ArrivedBefore(List<StoredItem<MailMessage>> list, DateTimeOffset time, long number)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            var item = list[middle].Item;
            var before = item.ReceivedAt < time || (item.ReceivedAt == time && item.Number < number);
            if (before) low = middle + 1; else high = middle;
        }
        return low;
    }
}
