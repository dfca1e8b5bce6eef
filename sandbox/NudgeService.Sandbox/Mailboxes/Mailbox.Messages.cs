namespace NudgeService.Sandbox.Mailboxes;

public sealed partial class Mailbox
{
    private readonly Dictionary<MailFolder, List<StoredItem<MailMessage>>> folders = [];
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
            MessageList(message.Folder).Add(stored);
            lastMessageNumber = Math.Max(lastMessageNumber, message.Number);
        }
        foreach (var folder in folders.Values) folder.Sort(ByArrival);
    }

    public int MessageCount(MailFolder folder, Watermark at)
    {
        lock (gate)
        {
            var list = MessageList(folder);
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
            var list = MessageList(folder);
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
            var list = MessageList(folder);
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
            var list = MessageList(folder);
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
            var now = Clock.Now;
            if (message.ModifiedAt is null && now > message.ReceivedAt) message = message with { ModifiedAt = now };
            var stored = new StoredItem<MailMessage>(message, ++version);
            messages.Add(message.Number, stored);
            var list = MessageList(message.Folder);
            var index = ArrivedBefore(list, message.ReceivedAt, message.Number);
            list.Insert(index, stored);
            messageChanges.Record(version, message.Number);
            return message;
        }
    }

    /// <summary>Messages of a folder visible at <paramref name="at"/>, newest first, strictly before the cursor and not older than <paramref name="receivedFrom"/>.</summary>
    public IReadOnlyList<MailMessage> MessagesNewestFirst(MailFolder folder, Watermark at, DateTimeOffset? receivedFrom, (DateTimeOffset ReceivedAt, long Number)? before, int take)
    {
        lock (gate)
        {
            var list = MessageList(folder);
            var end = before is { } cursor ? ArrivedBefore(list, cursor.ReceivedAt, cursor.Number) : ArrivedBefore(list, at.Time, long.MaxValue);
            var page = new List<MailMessage>(Math.Min(take, 1024));
            for (var i = end - 1; i >= 0 && page.Count < take; i--)
            {
                var stored = list[i];
                if (receivedFrom is { } from && stored.Item.ReceivedAt < from) break;
                if (stored.Item.ReceivedAt <= at.Time && stored.ExistsAt(at.Version)) page.Add(stored.Item);
            }
            return page;
        }
    }

    /// <summary>Messages of every folder visible at <paramref name="at"/> that changed (or arrived) at or after <paramref name="since"/>, by number.</summary>
    public IReadOnlyList<MailMessage> MessagesModifiedSince(DateTimeOffset since, Watermark at)
    {
        lock (gate)
        {
            return [.. messages.Values
                .Where(stored => stored.ExistsAt(at.Version) && stored.Item.ReceivedAt <= at.Time && stored.Item.LastModifiedAt >= since)
                .Select(stored => stored.Item)
                .OrderBy(message => message.Number)];
        }
    }

    /// <summary>
    /// Moves a message to another folder. Exchange files it there as a new item, so its default id
    /// changes (the old one is reported removed from the folder it left); its immutable id stays.
    /// A move leaves lastModifiedDateTime as it was: nothing documents otherwise.
    /// </summary>
    public MailMessage? MoveMessage(long number, MailFolder to)
    {
        lock (gate)
        {
            if (!messages.TryGetValue(number, out var stored) || stored.DeletedVersion != 0 || !Exists(to)) return null;
            if (stored.Item.Folder == to) return stored.Item;
            stored.DeletedVersion = ++version;
            messageChanges.Record(version, number);
            var moved = stored.Item with { Number = ++lastMessageNumber, Folder = to, FirstNumber = stored.Item.ImmutableNumber };
            var filed = new StoredItem<MailMessage>(moved, version);
            messages.Add(moved.Number, filed);
            var list = MessageList(to);
            list.Insert(ArrivedBefore(list, moved.ReceivedAt, moved.Number), filed);
            messageChanges.Record(version, moved.Number);
            return moved;
        }
    }

    /// <summary>The id a client sees for a message: by default it changes with every move, an immutable id does not.</summary>
    public string FormatMessageId(long number, bool immutable)
    {
        lock (gate)
        {
            return FormatId(ItemKinds.Message, immutable && messages.TryGetValue(number, out var stored) ? stored.Item.ImmutableNumber : number);
        }
    }

    /// <summary>The message whose immutable id carries <paramref name="immutableNumber"/>, wherever it is now.</summary>
    public MailMessage? FindByImmutableNumber(long immutableNumber, Watermark at)
    {
        lock (gate)
        {
            return messages.Values.FirstOrDefault(stored => stored.Item.ImmutableNumber == immutableNumber && stored.ExistsAt(at.Version) && stored.Item.ReceivedAt <= at.Time)?.Item;
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

    private List<StoredItem<MailMessage>> MessageList(MailFolder folder)
    {
        if (!folders.TryGetValue(folder, out var list)) folders[folder] = list = [];
        return list;
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
