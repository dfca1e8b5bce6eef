namespace NudgeService.Application.People;

public static class DraftLanguages
{
    /// <summary>The languages the user chose for drafts to particular people.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> DraftLanguagesAsync(this IPersonPreferenceStore preferences, string userId, CancellationToken cancellationToken) =>
        (await preferences.ListAsync(userId, cancellationToken))
            .Where(choice => choice.Language is not null)
            .ToDictionary(choice => choice.Key, choice => choice.Language!, StringComparer.Ordinal);
}
