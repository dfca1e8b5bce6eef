using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.LifeEvents;

/// <summary>A small meeting in the coming week with someone not seen for a long time: worth a word before it.</summary>
public static class Reunions
{
    /// <summary>Below a month apart nobody needs a word before meeting again.</summary>
    private const int LongSilenceDays = 30;

    /// <summary>A lunch or a small meeting is a reunion; in an all-hands nobody will notice.</summary>
    private const int SmallMeeting = 3;

    public static LifeEvent? Find(Correspondent correspondent, TieAssessment? tie, LifeEventWindow window)
    {
        if (correspondent.NextMeeting is not { Audience: <= SmallMeeting } meeting || tie?.History.LastDay is not { } last) return null;
        var day = window.LocalDay(meeting.Start);
        if (!window.Contains(day) || tie.SilenceDays < Math.Max(LongSilenceDays, tie.CadenceDays)) return null;
        return new LifeEvent(LifeEventKind.SeeingSoon, correspondent.Key, correspondent.DisplayName, day,
            new LifeEventFacts { MeetingSubject = meeting.Subject, LastInteraction = last });
    }
}
