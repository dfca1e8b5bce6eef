using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.LifeEvents;

/// <summary>
/// A person who started writing from an address at a new domain and stopped using the old one:
/// usually a new employer. A second address used alongside the first (personal and work) is no move.
/// </summary>
public static class AddressMoves
{
    /// <summary>A move noticed up to a month before the last digest still counts: it takes a few mails to be sure the old address is abandoned.</summary>
    private const int MoveNoticeDays = 30;

    public static LifeEvent? Find(Correspondent correspondent, LifeEventWindow window)
    {
        var since = window.LocalDay(window.ChangesSince);
        var newest = correspondent.Addresses.OrderByDescending(use => use.FirstSeen).ThenBy(use => use.Address, StringComparer.Ordinal).FirstOrDefault();
        if (newest is null || newest.FirstSeen < since.AddDays(-MoveNoticeDays) || newest.FirstSeen > window.Today) return null;
        var domain = Addresses.Domain(newest.Address);
        var older = correspondent.Addresses.Where(use => use != newest && use.FirstSeen < newest.FirstSeen).ToList();
        if (older.Count == 0 || older.Any(use => Addresses.Domain(use.Address) == domain || use.LastSeen >= newest.FirstSeen)) return null;
        var previous = older.MaxBy(use => use.LastSeen)!;
        return new LifeEvent(LifeEventKind.NewDomain, correspondent.Key, correspondent.DisplayName, newest.LastSeen,
            new LifeEventFacts { PreviousAddress = previous.Address, NewAddress = newest.Address, PreviousCompany = correspondent.Contact?.CompanyName });
    }

}
