using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Planning;

public enum PlanReason
{
    /// <summary>The silence is unusual for this tie (see the tie's <see cref="ColdExplanation"/>).</summary>
    GoingCold,

    /// <summary>One of the user's closest ties.</summary>
    CloseTie,

    /// <summary>A weak tie worth reviving: where new opportunities tend to come from.</summary>
    WeakTie,

    /// <summary>Only the user writes in this tie.</summary>
    OnlyUserWrites,

    /// <summary>The other side always writes first: a word from the user would be welcome.</summary>
    TheyAlwaysWriteFirst,

    /// <summary>A dated event (see <see cref="PlanItem.Event"/>).</summary>
    LifeEvent,
}

/// <summary>One line of the weekly plan: a reconnect or a dated event, with why.</summary>
public sealed record PlanItem(string Key, string Name, LifeEvent? Event, TieAssessment? Tie, IReadOnlyList<PlanReason> Reasons)
{
    public bool IsReconnect => Event is null;
}

public sealed record WeeklyPlan(DateOnly Week, IReadOnlyList<PlanItem> Reconnects, IReadOnlyList<PlanItem> Events);
