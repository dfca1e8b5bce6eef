using NudgeService.Domain.Ledger;

namespace NudgeService.Domain.Relationships;

/// <summary>
/// How strong a tie is: each day with an interaction counts once, worth its best interaction
/// (a one-to-one meeting most, a one-to-one mail next, a large thread least), fading with age.
/// Counting days rather than mails keeps a 200-mail project week from outweighing a year of coffees.
/// </summary>
public static class TieStrength
{
    /// <summary>Half the weight is gone after this many days: last year's habits still count, less than this quarter's.</summary>
    private const double HalfLifeDays = 120;

    /// <summary>Ties where only one side ever writes weigh half: the other side is not (yet) a relationship.</summary>
    private const double OneSidedFactor = 0.5;

    public static double Of(IReadOnlyList<Touch> touches, DateOnly today, Reciprocity reciprocity)
    {
        var strength = 0.0;
        var dayWeight = 0.0;
        DateOnly? day = null;
        foreach (var touch in touches)
        {
            if (touch.Day >= today) continue;
            if (touch.Day != day)
            {
                if (day is { } previous) strength += dayWeight * Fade(previous, today);
                day = touch.Day;
                dayWeight = 0;
            }
            dayWeight = Math.Max(dayWeight, Weight(touch));
        }
        if (day is { } lastDay) strength += dayWeight * Fade(lastDay, today);
        return reciprocity is Reciprocity.OnlyUserWrites or Reciprocity.OnlyTheyWrite ? strength * OneSidedFactor : strength;
    }

    /// <summary>One-to-one counts fully; in a group, each person's share of attention falls with the square root of its size.</summary>
    public static double Weight(Touch touch)
    {
        var channel = touch.Kind == TouchKind.Meeting ? 3.0 : 2.0;
        return channel / Math.Sqrt(Math.Max(1, touch.Audience));
    }

    private static double Fade(DateOnly day, DateOnly today) => Math.Pow(0.5, (today.DayNumber - day.DayNumber) / HalfLifeDays);
}
