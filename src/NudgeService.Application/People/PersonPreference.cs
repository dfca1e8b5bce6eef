using NudgeService.Domain.Relationships;

namespace NudgeService.Application.People;

/// <summary>What the user decided about one person: rest, never again, what the tie really is, or another language for drafts.</summary>
/// <param name="Key">The correspondent's key in the ledger.</param>
/// <param name="SnoozedUntil">Not suggested before this day (in the user's zone).</param>
/// <param name="NotThisPerson">Never suggested again, until the user takes it back.</param>
/// <param name="Language">The language of drafts to this person, when not the user's own.</param>
/// <param name="Correction">What the user said the tie is, when the mail misjudges it.</param>
public sealed record PersonPreference(string Key, DateOnly? SnoozedUntil, bool NotThisPerson, string? Language, TieCorrection? Correction)
{
    public static PersonPreference None(string key) => new(key, null, false, null, null);

    /// <summary>Never suggested: set aside, or not a relationship at all.</summary>
    public bool IsNeverSuggested => NotThisPerson || Correction == TieCorrection.NotARelationship;
}

/// <summary>Per-person choices, one partition per user.</summary>
public interface IPersonPreferenceStore
{
    Task<IReadOnlyList<PersonPreference>> ListAsync(string userId, CancellationToken cancellationToken);

    Task<PersonPreference?> FindAsync(string userId, string key, CancellationToken cancellationToken);

    Task SaveAsync(string userId, PersonPreference preference, CancellationToken cancellationToken);
}
