
namespace NudgeService.Domain.Ledger;

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

    public void SeeAddress(string address, DateOnly day)
    {
        var seen = Addresses.TryGetValue(address, out var use)
            ? use with { FirstSeen = Min(use.FirstSeen, day), LastSeen = Max(use.LastSeen, day) }
            : new AddressUse(address, day, day);
        if (seen != use) Addresses[address] = seen;
    }

    public void Put(LedgerEntry entry) => Entries[entry.Item] = entry;

    public void Remove(uint item)
    {
        Entries.Remove(item);
        Upcoming.Remove(item);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
