using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Ledger;

/// <summary>One correspondent of a user as stored: addresses, entries, contact card, meetings.</summary>
public sealed class LedgerRow(string key)
{
    public string Key => key;

    public string DisplayName { get; set; } = "";

    /// <summary>Every address merged into this correspondent, with the days it was first and last seen.</summary>
    public SortedDictionary<string, AddressUse> Addresses { get; } = new(StringComparer.Ordinal);

    public Dictionary<uint, LedgerEntry> Entries { get; } = [];

    public Dictionary<uint, UpcomingMeeting> Upcoming { get; } = [];

    public ContactCard? Contact { get; set; }

    public ContactChange? LastContactChange { get; set; }

    public Meeting? LastMeeting { get; set; }

    /// <summary>Interactions dropped from <see cref="Entries"/> for age, by <see cref="EntryKind"/> of the three touch kinds.</summary>
    public int[] ArchivedTouches { get; } = new int[3];

    /// <summary>The store's concurrency token for the row as loaded; null for a new row.</summary>
    public string? StoreTag { get; set; }

    public bool IsChanged { get; set; }

    public void SeeAddress(string address, DateOnly day)
    {
        var seen = Addresses.TryGetValue(address, out var use)
            ? use with { FirstSeen = Min(use.FirstSeen, day), LastSeen = Max(use.LastSeen, day) }
            : new AddressUse(address, day, day);
        if (seen == use) return;
        Addresses[address] = seen;
        IsChanged = true;
    }

    public void Put(LedgerEntry entry)
    {
        if (Entries.TryGetValue(entry.Item, out var existing) && existing == entry) return;
        Entries[entry.Item] = entry;
        IsChanged = true;
    }

    public bool Remove(uint item)
    {
        var removed = Entries.Remove(item) | Upcoming.Remove(item);
        IsChanged |= removed;
        return removed;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
