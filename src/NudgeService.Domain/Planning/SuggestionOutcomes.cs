namespace NudgeService.Domain.Planning;

public static class SuggestionOutcomes
{
    /// <summary>
    /// A message was sent or drafted from the suggestion: that stays its outcome whatever is
    /// clicked later, it is never sent again, and the person rests for the cool-down.
    /// </summary>
    public static bool IsActedOn(this SuggestionOutcome outcome) => outcome is SuggestionOutcome.Sent or SuggestionOutcome.Drafted;
}
