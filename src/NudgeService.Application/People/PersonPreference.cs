namespace NudgeService.Application.People;

/// <summary>What the user decided about one person: rest, never again, or another language for drafts.</summary>
/// <param name="Key">The correspondent's key in the ledger.</param>
/// <param name="SnoozedUntil">Not suggested before this day (in the user's zone).</param>
/// <param name="NotThisPerson">Never suggested again, until the user takes it back.</param>
/// <param name="Language">The language of drafts to this person, when not the user's own.</param>
public sealed record PersonPreference(string Key, DateOnly? SnoozedUntil, bool NotThisPerson, string? Language);

/// <summary>Per-person choices, one partition per user.</summary>
public interface IPersonPreferenceStore
{
    Task<IReadOnlyList<PersonPreference>> ListAsync(string userId, CancellationToken cancellationToken);

    Task<PersonPreference?> FindAsync(string userId, string key, CancellationToken cancellationToken);

    Task SaveAsync(string userId, PersonPreference preference, CancellationToken cancellationToken);
}
