namespace NudgeService.Sandbox.Mailboxes;

public sealed partial class Mailbox
{
    private readonly List<StoredItem<CalendarEvent>> calendar = [];
    private readonly Dictionary<long, StoredItem<CalendarEvent>> events = [];
    private readonly ChangeLog eventChanges = new();
    private long lastEventNumber;

    private static readonly Comparison<StoredItem<CalendarEvent>> ByStart = (left, right) =>
    {
        var byTime = left.Item.Start.CompareTo(right.Item.Start);
        return byTime != 0 ? byTime : left.Item.Number.CompareTo(right.Item.Number);
    };

    private void LoadEvents(IEnumerable<CalendarEvent> seeded)
    {
        foreach (var calendarEvent in seeded)
        {
            var stored = new StoredItem<CalendarEvent>(calendarEvent, 0);
            events.Add(calendarEvent.Number, stored);
            calendar.Add(stored);
            lastEventNumber = Math.Max(lastEventNumber, calendarEvent.Number);
        }
        calendar.Sort(ByStart);
    }

    /// <summary>Events overlapping [start, end) at <paramref name="at"/>, by start time; the calendar shows future meetings too.</summary>
    public IReadOnlyList<CalendarEvent> EventsBetween(DateTimeOffset start, DateTimeOffset end, Watermark at)
    {
        lock (gate)
        {
            var result = new List<CalendarEvent>();
            foreach (var stored in calendar)
            {
                if (stored.Item.Start >= end) break;
                if (stored.ExistsAt(at.Version) && Overlaps(stored.Item, start, end)) result.Add(stored.Item);
            }
            return result;
        }
    }

    public IReadOnlyList<ItemChange<CalendarEvent>> EventChanges(DateTimeOffset start, DateTimeOffset end, Watermark since, Watermark at)
    {
        lock (gate)
        {
            return new SortedSet<long>(eventChanges.NumbersChangedBetween(since.Version, at.Version))
                .Select(number => events[number])
                .Select(stored => new ItemChange<CalendarEvent>(
                    stored.Item.Number,
                    stored.ExistsAt(at.Version) && Overlaps(stored.Item, start, end) ? stored.Item : null))
                .ToList();
        }
    }

    public CalendarEvent AddEvent(Func<long, CalendarEvent> create)
    {
        lock (gate)
        {
            var calendarEvent = create(++lastEventNumber);
            var stored = new StoredItem<CalendarEvent>(calendarEvent, ++version);
            events.Add(calendarEvent.Number, stored);
            var index = calendar.BinarySearch(stored, Comparer<StoredItem<CalendarEvent>>.Create(ByStart));
            calendar.Insert(index < 0 ? ~index : index, stored);
            eventChanges.Record(version, calendarEvent.Number);
            return calendarEvent;
        }
    }

    /// <summary>Replaces an event (cancelled, moved) and keeps the calendar ordered by start.</summary>
    public CalendarEvent? UpdateEvent(long number, Func<CalendarEvent, CalendarEvent> edit)
    {
        lock (gate)
        {
            if (!events.TryGetValue(number, out var stored) || stored.DeletedVersion != 0) return null;
            calendar.Remove(stored);
            stored.Item = edit(stored.Item);
            var index = calendar.BinarySearch(stored, Comparer<StoredItem<CalendarEvent>>.Create(ByStart));
            calendar.Insert(index < 0 ? ~index : index, stored);
            eventChanges.Record(++version, number);
            return stored.Item;
        }
    }

    public bool DeleteEvent(long number)
    {
        lock (gate)
        {
            if (!events.TryGetValue(number, out var stored) || stored.DeletedVersion != 0) return false;
            stored.DeletedVersion = ++version;
            eventChanges.Record(version, number);
            return true;
        }
    }

    private static bool Overlaps(CalendarEvent calendarEvent, DateTimeOffset start, DateTimeOffset end) =>
        calendarEvent.Start < end && calendarEvent.End > start;
}
