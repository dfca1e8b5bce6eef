namespace NudgeService.Domain.Ledger;

/// <summary>
/// Keeps each correspondent's row bounded: two years of entries, at most <see cref="MaxEntries"/>
/// (a table property holds 64 KB). Older interactions survive as counts.
/// </summary>
public static class LedgerRetention
{
    public const int MaxEntries = 6000;
    public const int HistoryDays = 730;

    public static void Apply(RelationshipLedger ledger, DateOnly today)
    {
        var oldest = today.AddDays(-HistoryDays);
        foreach (var row in ledger.Rows)
        {
            var expired = row.Entries.Values.Where(entry => entry.Day < oldest).ToList();
            if (row.Entries.Count - expired.Count > MaxEntries)
            {
                expired = [.. row.Entries.Values.OrderBy(entry => entry.Day).ThenBy(entry => entry.Item).Take(row.Entries.Count - MaxEntries)];
            }
            foreach (var entry in expired)
            {
                row.Entries.Remove(entry.Item);
                if (entry.IsTouch) row.ArchivedTouches[(int)entry.Kind]++;
            }
        }
    }
}
