using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.LifeEvents;

/// <summary>
/// A small meeting in the coming days with someone not seen for longer than usual for the tie: worth a
/// word before it. A meeting on the digest's own day is left out: a word before it would arrive too late.
/// </summary>
public static class Reunions
{
    /// <summary>Someone seen in the last two months is not "long unseen", whatever the tie's rhythm.</summary>
    private const int LongSilenceDays = 60;

    /// <summary>A lunch or a small meeting is a reunion; in an all-hands nobody will notice.</summary>
    private const int SmallMeeting = 3;

    public static LifeEvent? Find(Correspondent correspondent, TieAssessment? tie, LifeEventWindow window)
    {
        if (correspondent.NextMeeting is not { Audience: <= SmallMeeting } meeting || tie?.History.LastDay is not { } last) return null;
        var day = window.LocalDay(meeting.Start);
        if (!window.Contains(day) || day == window.Today || tie.SilenceDays < Math.Max(LongSilenceDays, tie.CadenceDays)) return null;
        return new LifeEvent(LifeEventKind.SeeingSoon, correspondent.Key, correspondent.DisplayName, day,
            new LifeEventFacts { MeetingSubject = meeting.Subject, LastInteraction = last });
    }
}
