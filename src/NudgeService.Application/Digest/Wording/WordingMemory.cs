using NudgeService.Domain.Planning;
namespace NudgeService.Application.Digest.Wording;

/// <summary>
/// The wordings each person was sent in the past year, from the user's own nudges, so that nobody
/// gets the same words twice in a year. A week planned again does not remember its own first plan.
/// </summary>
public sealed class WordingMemory
{
    /// <summary>How far back a wording counts as already used.</summary>
    public const int Weeks = 52;

    private readonly Dictionary<(string Person, NudgeKind Kind, string Language, int Wording), DigestWeek> lastUsed;

    private WordingMemory(Dictionary<(string, NudgeKind, string, int), DigestWeek> lastUsed) => this.lastUsed = lastUsed;

    public static WordingMemory From(IEnumerable<Nudge> past, DigestWeek week)
    {
        var firstWeek = DigestWeek.Of(week.Monday.AddDays(-7 * Weeks));
        return new(past
            .Where(nudge => nudge.Week < week && nudge.Week >= firstWeek && nudge.Wording is not null)
            .GroupBy(nudge => (nudge.PersonKey, nudge.Kind, nudge.Language, nudge.Wording!.Value))
            .ToDictionary(used => used.Key, used => used.Max(nudge => nudge.Week)));
    }

    /// <summary>The last week the person got this wording within the year; null when they never did.</summary>
    public DigestWeek? LastUsed(string personKey, NudgeKind kind, string language, int wording) =>
        lastUsed.TryGetValue((personKey, kind, language, wording), out var week) ? week : null;
}
