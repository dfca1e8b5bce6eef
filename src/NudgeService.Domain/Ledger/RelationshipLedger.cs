
namespace NudgeService.Domain.Ledger;

/// <summary>
/// A user's correspondents in memory for one sync: found by any of their addresses, merged when a
/// contact card shows two addresses are one person, or when a known person writes from a new domain.
/// </summary>
public sealed class RelationshipLedger
{
    private readonly Dictionary<string, LedgerRow> rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LedgerRow> byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LedgerRow> byContactId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LedgerRow> carded = new(StringComparer.Ordinal);

    public RelationshipLedger(IEnumerable<LedgerRow> stored)
    {
        foreach (var row in stored) Index(row);
    }

    public IReadOnlyCollection<LedgerRow> Rows => rows.Values;

    public LedgerRow? Find(string address) => byAddress.GetValueOrDefault(address);

    public LedgerRow? FindContact(string contactId) => byContactId.GetValueOrDefault(contactId);

    /// <summary>The correspondent behind an address, created when the address is new.</summary>
    public LedgerRow Resolve(string address, string? displayName)
    {
        if (byAddress.TryGetValue(address, out var known)) return known;
        var row = new LedgerRow(address) { DisplayName = displayName ?? address };
        rows[address] = row;
        byAddress[address] = row;
        return row;
    }

    /// <summary>Attaches a contact card to the correspondent of its first address, merging the rows of its other addresses.</summary>
    public LedgerRow AttachContact(ContactCard card, IReadOnlyList<string> addresses)
    {
        var row = FindContact(card.ContactId) ?? addresses.Select(Find).FirstOrDefault(found => found is not null) ?? Resolve(addresses[0], card.DisplayName);
        foreach (var address in addresses)
        {
            if (Find(address) is { } other && other != row) Merge(other, into: row);
            byAddress[address] = row;
        }
        IndexCard(row, card);
        if (!string.IsNullOrWhiteSpace(card.DisplayName)) row.DisplayName = card.DisplayName;
        return row;
    }

    public void DetachContact(LedgerRow row, string contactId)
    {
        byContactId.Remove(contactId);
        row.Contact = null;
    }

    /// <summary>
    /// A person on a contact card who, after their known addresses fell silent, writes from another
    /// domain under the same full name has moved. Namesakes overlap in time; a move does not.
    /// </summary>
    public void MergeMovedPeople()
    {
        foreach (var row in rows.Values.Where(row => row.Contact is null && row.Addresses.Count > 0).ToList())
        {
            var name = PersonNames.Normalize(row.DisplayName);
            if (name.Length == 0 || !carded.TryGetValue(name, out var person) || person == row) continue;
            var knownDomains = person.Addresses.Keys.Append(person.Key).Select(Addresses.Domain).ToHashSet(StringComparer.Ordinal);
            if (row.Addresses.Keys.Any(address => knownDomains.Contains(Addresses.Domain(address)))) continue;
            // Someone never seen in mail or meetings has not moved anywhere; a namesake has appeared.
            if (person.Addresses.Count == 0) continue;
            if (row.Addresses.Values.Min(use => use.FirstSeen) > person.Addresses.Values.Max(use => use.LastSeen)) Merge(row, into: person);
        }
    }

    private void Merge(LedgerRow from, LedgerRow into)
    {
        foreach (var use in from.Addresses.Values)
        {
            into.SeeAddress(use.Address, use.FirstSeen);
            into.SeeAddress(use.Address, use.LastSeen);
            byAddress[use.Address] = into;
        }
        foreach (var entry in from.Entries.Values) into.Put(entry);
        foreach (var meeting in from.Upcoming.Values) into.Upcoming[meeting.Item] = meeting;
        for (var kind = 0; kind < into.ArchivedTouches.Length; kind++) into.ArchivedTouches[kind] += from.ArchivedTouches[kind];
        if (from.LastMeeting is { } last && (into.LastMeeting is null || last.Start > into.LastMeeting.Start)) into.LastMeeting = last;
        byAddress[from.Key] = into;
        rows.Remove(from.Key);
    }

    private void Index(LedgerRow row)
    {
        rows[row.Key] = row;
        byAddress[row.Key] = row;
        foreach (var address in row.Addresses.Keys) byAddress[address] = row;
        if (row.Contact is { } card) IndexCard(row, card);
    }

    private void IndexCard(LedgerRow row, ContactCard card)
    {
        byContactId[card.ContactId] = row;
        var name = PersonNames.Normalize(card.DisplayName ?? $"{card.GivenName} {card.Surname}");
        if (name.Length > 0) carded[name] = row;
    }
}
