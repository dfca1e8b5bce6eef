using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.LifeEvents;

/// <summary>
/// A new title or company on a contact card noticed since the last digest. A company that
/// became empty is a job loss: the person gets a check-in, never congratulations.
/// </summary>
public static class RoleChanges
{
    public static LifeEvent? Find(Correspondent correspondent, LifeEventWindow window)
    {
        if (correspondent.LastContactChange is not { } change || change.DetectedAt <= window.ChangesSince || change.DetectedAt > window.Now) return null;
        var (before, after) = (change.Before, change.After);
        var titleChanged = !Same(before.JobTitle, after.JobTitle);
        var companyChanged = !Same(before.CompanyName, after.CompanyName);
        if (!titleChanged && !companyChanged) return null;

        var facts = new LifeEventFacts
        {
            PreviousTitle = Clean(before.JobTitle),
            PreviousCompany = Clean(before.CompanyName),
            NewTitle = Clean(after.JobTitle),
            NewCompany = Clean(after.CompanyName),
        };
        var lostJob = facts.PreviousCompany is not null && facts.NewCompany is null;
        if (facts.NewCompany is null && !lostJob) return null;
        var kind = lostJob ? LifeEventKind.JobLoss : LifeEventKind.NewRole;
        return new LifeEvent(kind, correspondent.Key, correspondent.DisplayName, window.LocalDay(change.DetectedAt), facts);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Same(string? a, string? b) => string.Equals(Clean(a), Clean(b), StringComparison.OrdinalIgnoreCase);
}
