namespace NudgeService.Domain.Relationships;

/// <summary>What the analysis concludes about one tie on one day.</summary>
/// <param name="Key">The correspondent's key.</param>
/// <param name="Strength">Burst-robust, fading weight of the interactions (see <see cref="TieStrength"/>).</param>
/// <param name="ColdScore">Probability that the tie stays silent over the coming horizon: higher is colder.</param>
/// <param name="EndedProbability">Probability that the tie has ended rather than paused: what makes a silence unusual for the tie.</param>
/// <param name="GoingCold">The silence is longer than the tie's usual gap and the tie has more likely ended than paused.</param>
public sealed record TieAssessment(
    string Key,
    double Strength,
    Tier Tier,
    Initiative Initiative,
    TieHistory History,
    double CadenceDays,
    double ColdScore,
    double EndedProbability,
    bool GoingCold,
    ColdExplanation Explanation)
{
    public int SilenceDays => History.SilenceDays;
}
