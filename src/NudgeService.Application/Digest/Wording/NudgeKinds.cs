using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest.Wording;

public static class NudgeKinds
{
    /// <summary>A plan line without an event is a reconnect; a job loss becomes a check-in, never congratulations.</summary>
    public static NudgeKind Of(PlanItem item) => item.Event?.Kind switch
    {
        null => NudgeKind.Reconnect,
        LifeEventKind.Birthday => NudgeKind.Birthday,
        LifeEventKind.NewRole => NudgeKind.NewRole,
        LifeEventKind.JobLoss => NudgeKind.CheckIn,
        LifeEventKind.NewDomain => NudgeKind.NewDomain,
        LifeEventKind.SeeingSoon => NudgeKind.SeeingSoon,
        var other => throw new ArgumentOutOfRangeException(nameof(item), other, "No nudge for this life event."),
    };
}
