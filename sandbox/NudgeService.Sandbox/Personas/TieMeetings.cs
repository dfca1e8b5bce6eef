using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Coffees, lunches and calls with a tie, organised by either side in their own time zone.</summary>
internal sealed class TieMeetings(PersonaContext context, SeededRandom random)
{
    private static readonly int[] Durations = [30, 45, 60];

    private readonly PersonaOwner owner = context.Owner;

    public void Meet(Tie tie, DateOnly day, IReadOnlyList<Tie> others, SubjectSet language)
    {
        if (day >= context.Timeline.CalendarEndDay) return;
        var personal = tie.Circle == TieCircle.Personal;
        var ownerOrganizes = random.Chance(0.5);
        var organizerZone = ownerOrganizes ? context.Timeline.Owner : tie.Zone;
        var subject = random.Pick(personal ? language.PersonalMeeting : language.WorkMeeting);
        var start = personal
            ? context.Timeline.Owner.At(day, random.Chance(0.6) ? 12.5 : 19.5)
            : WorkingHours.MeetingSlot(context.Timeline.Owner, organizerZone, day, random);
        var minutes = personal ? 90 : random.Pick(Durations);
        var online = !personal && (tie.Zone != context.Timeline.Owner || random.Chance(0.4));
        var response = ownerOrganizes ? "organizer" : random.Chance(0.85) ? "accepted" : "tentativelyAccepted";

        var attendees = new List<EventAttendee>(others.Count + 2);
        if (!ownerOrganizes) attendees.Add(new EventAttendee(owner.Primary, Response: response));
        if (ownerOrganizes) attendees.Add(new EventAttendee(tie.Person));
        foreach (var other in others) attendees.Add(new EventAttendee(other.Person, Response: random.Chance(0.8) ? "accepted" : "tentativelyAccepted"));

        var meeting = new EventDraft(
            subject,
            start,
            start.AddMinutes(minutes),
            organizerZone.WindowsId,
            ownerOrganizes ? owner.Primary : tie.Person,
            attendees,
            response,
            IsOnlineMeeting: online,
            Location: online ? CompanyPool.OnlineMeeting : random.Pick(CompanyPool.Places(language == SubjectPool.French)));
        context.Mailbox.AddEvent(meeting);

        var cancelledDay = day.AddDays(-random.Next(1, 6));
        if (random.Chance(0.05) && cancelledDay >= context.Timeline.FirstDay)
        {
            var shift = TimeSpan.FromDays(day.DayNumber - cancelledDay.DayNumber);
            context.Mailbox.AddEvent(meeting with { Start = meeting.Start - shift, End = meeting.End - shift, IsCancelled = true });
        }
    }

    /// <summary>The planted meeting with a tie not seen for months.</summary>
    public void Reunion(Tie tie, DateOnly day, string subject)
    {
        var start = context.Timeline.Owner.At(day, 12.5);
        context.Mailbox.AddEvent(new EventDraft(
            subject,
            start,
            start.AddMinutes(90),
            tie.Zone.WindowsId,
            tie.Person,
            [new EventAttendee(owner.Primary)],
            Location: random.Pick(CompanyPool.Places(owner.IsFrench))));
    }
}
