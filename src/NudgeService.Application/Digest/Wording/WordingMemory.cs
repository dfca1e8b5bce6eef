namespace NudgeService.Application.Digest.Wording;

/// <summary>
/// The wordings each person was sent in the past year, from the user's own nudges, so that nobody
/// gets the same words twice in a year. A week planned again does not remember its own first plan.
/// </summary>
public sealed class WordingMemory
{
    /// <summary>How far back a wording counts as already used.</summary>
    public const int Weeks = 52;

    private readonly HashSet<(string Person, NudgeKind Kind, string Language, int Wording)> used;

    private WordingMemory(HashSet<(string, NudgeKind, string, int)> used) => this.used = used;

    public static WordingMemory Empty { get; } = new([]);

    public static WordingMemory From(IEnumerable<Nudge> past, DigestWeek week)
    {
        var firstWeek = DigestWeek.Of(week.Monday.AddDays(-7 * Weeks));
        return new([.. past
            .Where(nudge => nudge.Week < week && nudge.Week >= firstWeek && nudge.Wording is not null)
            .Select(nudge => (nudge.PersonKey, nudge.Kind, nudge.Language, nudge.Wording!.Value))]);
    }

    public bool Used(string personKey, NudgeKind kind, string language, int wording) => used.Contains((personKey, kind, language, wording));
}
