namespace NudgeService.Domain.Relationships;

/// <summary>
/// The facts behind a tie's cold score, for a sentence in any language: "you used to talk about
/// every 2 weeks; it has been 11 weeks".
/// </summary>
/// <param name="UsualGapDays">The tie's usual gap between interaction days, rounded.</param>
/// <param name="SilenceDays">Days since the last interaction.</param>
/// <param name="LastInteraction">The last day with an interaction, if any.</param>
/// <param name="SilenceInUsualGaps">How many usual gaps the silence spans.</param>
/// <param name="Reciprocity">Who writes, so a sentence can add "they always write first".</param>
public sealed record ColdExplanation(
    int UsualGapDays,
    int SilenceDays,
    DateOnly? LastInteraction,
    double SilenceInUsualGaps,
    Reciprocity Reciprocity);
