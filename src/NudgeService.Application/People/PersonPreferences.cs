using NudgeService.Domain.Relationships;

namespace NudgeService.Application.People;

/// <summary>All of a user's per-person choices, as the plan, the tiers and the review read them.</summary>
internal sealed class PersonPreferences(IReadOnlyList<PersonPreference> choices)
{
    public IReadOnlySet<string> NeverSuggested { get; } = choices.Where(choice => choice.IsNeverSuggested).Select(choice => choice.Key).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DateOnly> Snoozes { get; } =
        choices.Where(choice => choice.SnoozedUntil is not null).ToDictionary(choice => choice.Key, choice => choice.SnoozedUntil!.Value, StringComparer.Ordinal);

    /// <summary>Draft languages chosen per person.</summary>
    public IReadOnlyDictionary<string, string> Languages { get; } =
        choices.Where(choice => choice.Language is not null).ToDictionary(choice => choice.Key, choice => choice.Language!, StringComparer.Ordinal);

    public RelationshipSettings Relationships { get; } =
        RelationshipSettings.Corrected(choices.Where(choice => choice.Correction is not null).ToDictionary(choice => choice.Key, choice => choice.Correction!.Value, StringComparer.Ordinal));

    public static async Task<PersonPreferences> LoadAsync(IPersonPreferenceStore store, string userId, CancellationToken cancellationToken) =>
        new(await store.ListAsync(userId, cancellationToken));
}
