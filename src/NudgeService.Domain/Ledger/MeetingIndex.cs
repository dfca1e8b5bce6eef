namespace NudgeService.Domain.Ledger;

/// <summary>Which correspondents a calendar item counts for, so that an edited or cancelled meeting can be taken back.</summary>
internal sealed class MeetingIndex
{
    private readonly Dictionary<uint, List<LedgerRow>> rowsByItem = [];

    public MeetingIndex(RelationshipLedger ledger)
    {
        foreach (var row in ledger.Rows)
        {
            foreach (var entry in row.Entries.Values.Where(entry => entry.Kind == EntryKind.Meeting)) Note(entry.Item, row);
            foreach (var item in row.Upcoming.Keys) Note(item, row);
        }
    }

    public void Note(uint item, LedgerRow row)
    {
        if (!rowsByItem.TryGetValue(item, out var rows)) rowsByItem[item] = rows = [];
        if (!rows.Contains(row)) rows.Add(row);
    }

    public void Forget(uint item)
    {
        if (!rowsByItem.Remove(item, out var rows)) return;
        foreach (var row in rows) row.Remove(item);
    }
}
