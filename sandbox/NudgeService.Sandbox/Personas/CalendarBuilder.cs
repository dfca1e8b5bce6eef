using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// The calendar beyond meetings with single ties: weekly series, monthly all-hands, days off,
/// trips in other time zones, and group meetings up to the persona's volume.
/// </summary>
internal sealed class CalendarBuilder(PersonaContext context, SeededRandom random)
{
    private static readonly int[] GroupDurations = [30, 60, 60, 90];

    private readonly PersonaOwner owner = context.Owner;
    private readonly Timeline timeline = context.Timeline;
    private readonly MailboxDraft mailbox = context.Mailbox;
    private readonly SubjectSet language = context.OwnerLanguage;

    public void Build()
    {
        var network = context.Network;
        var ownerAttendee = (IReadOnlyList<EventAttendee>)[new EventAttendee(owner.Primary)];
        WeeklySeries($"{language.OneOnOne} {network.Manager.Given.Display} / {owner.Mailbox.GivenName}", DayOfWeek.Tuesday, 10, 30, network.Manager.Person, ownerAttendee, "accepted");

        var teamAttendees = network.Team.Select(member => new EventAttendee(member.Person)).ToList();
        if (network.DistributionLists.Count > 1) teamAttendees.Add(new EventAttendee(network.DistributionLists[1], "optional", "none"));
        if (network.DirectReports.Count > 0)
        {
            WeeklySeries(language.TeamMeeting, DayOfWeek.Monday, 14, 60, owner.Primary, teamAttendees, "organizer");
            var weekdays = new[] { DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
            for (var i = 0; i < network.DirectReports.Count; i++)
            {
                var report = network.DirectReports[i];
                WeeklySeries($"{language.OneOnOne} {owner.Mailbox.GivenName} / {report.Given.Display}", weekdays[i % 3], 10 + i % 7, 30, owner.Primary, [new EventAttendee(report.Person)], "organizer");
            }
        }
        else
        {
            WeeklySeries(language.TeamMeeting, DayOfWeek.Monday, 14, 60, network.Manager.Person, [.. teamAttendees, new EventAttendee(owner.Primary)], "accepted");
        }
        if (context.Profile.HasDailyStandUp) DailyStandUp(teamAttendees);

        AllHands();
        DaysOff();
        Trips();
        FillWithGroupMeetings();
    }

    /// <summary>Occurrences of a weekly series from the start of history to a month ahead, a few cancelled or declined.</summary>
    private void WeeklySeries(string subject, DayOfWeek weekday, double hour, int minutes, MailPerson organizer, IReadOnlyList<EventAttendee> attendees, string ownerResponse)
    {
        var series = mailbox.NewSeries();
        var day = timeline.FirstDay;
        while (day.DayOfWeek != weekday) day = day.AddDays(1);
        for (; day < timeline.CalendarEndDay; day = day.AddDays(7))
        {
            var start = timeline.Owner.At(day, hour);
            var declined = ownerResponse != "organizer" && random.Chance(0.03);
            mailbox.AddEvent(new EventDraft(subject, start, start.AddMinutes(minutes), timeline.Owner.WindowsId, organizer, attendees,
                declined ? "declined" : ownerResponse, IsCancelled: random.Chance(0.05), IsOnlineMeeting: true, Location: CompanyPool.OnlineMeeting, Series: series));
        }
    }

    private void DailyStandUp(IReadOnlyList<EventAttendee> team)
    {
        var series = mailbox.NewSeries();
        for (var day = timeline.FirstDay; day < timeline.CalendarEndDay; day = day.AddDays(1))
        {
            if (Timeline.IsWeekend(day)) continue;
            var start = timeline.Owner.At(day, 9.25);
            mailbox.AddEvent(new EventDraft(language.StandUp, start, start.AddMinutes(15), timeline.Owner.WindowsId, owner.Primary, team,
                "organizer", IsCancelled: random.Chance(0.04), IsOnlineMeeting: true, Location: CompanyPool.OnlineMeeting, Series: series));
        }
    }

    /// <summary>The first Thursday of each month: the whole company, the all-staff list and the leader on stage.</summary>
    private void AllHands()
    {
        var network = context.Network;
        for (var month = new DateOnly(timeline.FirstDay.Year, timeline.FirstDay.Month, 1); month < timeline.CalendarEndDay; month = month.AddMonths(1))
        {
            var day = month;
            while (day.DayOfWeek != DayOfWeek.Thursday) day = day.AddDays(1);
            if (day < timeline.FirstDay || day >= timeline.CalendarEndDay) continue;
            var start = timeline.Owner.At(day, 16);
            var attendees = new List<EventAttendee> { new(owner.Primary) };
            if (network.DistributionLists.Count > 0) attendees.Add(new EventAttendee(network.DistributionLists[0]));
            attendees.AddRange(Audience(day, start.AddHours(2), random.Next(45, 81)).Select(person => new EventAttendee(person, Response: "none")));
            var draw = random.NextDouble();
            var response = draw < 0.7 ? "accepted" : draw < 0.85 ? "tentativelyAccepted" : "declined";
            mailbox.AddEvent(new EventDraft(language.AllHands, start, start.AddHours(1), timeline.Owner.WindowsId, network.Leader.Person, attendees,
                response, IsOnlineMeeting: true, Location: CompanyPool.OnlineMeeting));
        }
    }

    /// <summary>Named invitees besides the all-staff list: some colleagues, the rest co-workers the owner does not know.</summary>
    private List<MailPerson> Audience(DateOnly day, DateTimeOffset until, int size)
    {
        var network = context.Network;
        var chosen = new List<MailPerson>(size);
        var seen = new HashSet<MailPerson>(ReferenceEqualityComparer.Instance);
        for (var attempt = 0; attempt < size && chosen.Count < size / 2; attempt++)
        {
            var tie = random.Pick(network.Colleagues);
            if (tie != network.Leader && tie.CanJoinOthers(day, until) && seen.Add(tie.Person)) chosen.Add(tie.Person);
        }
        for (var attempt = 0; attempt < size * 2 && chosen.Count < size && network.StaffRoster.Count > 0; attempt++)
        {
            var person = random.Pick(network.StaffRoster);
            if (seen.Add(person)) chosen.Add(person);
        }
        return chosen;
    }

    /// <summary>Leave, public holidays and training days as all-day events starting at local midnight.</summary>
    private void DaysOff()
    {
        for (var year = timeline.FirstDay.Year; year <= timeline.CalendarEndDay.Year; year++)
        {
            var subjects = language.AllDay;
            AllDay(subjects.PublicHoliday, new DateOnly(year, 1, 1), 1, timeline.Owner);
            AllDay(subjects.PublicHoliday, new DateOnly(year, 5, 1), 1, timeline.Owner);
            AllDay(subjects.PublicHoliday, new DateOnly(year, 12, 25), 1, timeline.Owner);
            AllDay(subjects.Leave, new DateOnly(year, random.Next(7, 9), random.Next(1, 20)), random.Next(7, 15), timeline.Owner);
            AllDay(subjects.Leave, new DateOnly(year, 2, random.Next(1, 20)), random.Next(3, 8), timeline.Owner);
            AllDay(subjects.Training, new DateOnly(year, random.Next(3, 7), random.Next(1, 28)), random.Next(1, 3), timeline.Owner);
            for (var i = 0; i < 6; i++)
            {
                AllDay(subjects.Remote, Timeline.NextWorkingDay(new DateOnly(year, random.Next(1, 13), random.Next(1, 28))), 1, timeline.Owner);
            }
        }
    }

    /// <summary>A trade show or offsite in each other time zone, with a meeting there in local hours.</summary>
    private void Trips()
    {
        foreach (var zoneId in CompanyPool.TimeZones.Where(zone => zone != timeline.Owner.WindowsId))
        {
            var zone = timeline.Clock(zoneId);
            var day = timeline.FirstDay.AddDays(random.Next(30, Timeline.HistoryDays + Timeline.FutureCalendarDays - 5));
            var nights = random.Next(2, 4);
            AllDay(random.Chance(0.5) ? language.AllDay.TradeShow : language.AllDay.Offsite, day, nights, zone);
            var host = context.Network.Ties.FirstOrDefault(tie => tie.Zone == zone && tie.Circle == TieCircle.Business && tie.CanJoinOthers(day, zone.At(day, 23)));
            var start = zone.At(day.AddDays(1), 10);
            if (host is not null)
            {
                mailbox.AddEvent(new EventDraft(random.Pick(language.WorkMeeting), start, start.AddHours(1), zoneId, host.Person,
                    [new EventAttendee(owner.Primary)], Location: host.Company!.Name));
            }
            else
            {
                mailbox.AddEvent(new EventDraft(random.Pick(language.GroupMeeting), start, start.AddHours(1), zoneId, owner.Primary, [], "organizer"));
            }
        }
    }

    private void AllDay(string subject, DateOnly day, int days, ZoneClock zone)
    {
        if (day < timeline.FirstDay || day >= timeline.CalendarEndDay) return;
        mailbox.AddEvent(new EventDraft(subject, zone.At(day, 0), zone.At(day.AddDays(days), 0), zone.WindowsId, owner.Primary, [], "organizer", IsAllDay: true));
    }

    /// <summary>Steering committees, reviews, workshops: invitations the owner mostly accepts, sometimes declines or ignores.</summary>
    private void FillWithGroupMeetings()
    {
        var colleagues = context.Network.Colleagues;
        var business = context.Network.Ties.Where(tie => tie.Circle == TieCircle.Business && tie.Layer <= 4).ToList();
        var days = new List<DateOnly>();
        for (var day = timeline.FirstDay; day < timeline.CalendarEndDay; day = day.AddDays(1))
        {
            if (!Timeline.IsWeekend(day)) days.Add(day);
        }
        for (var idle = 0; mailbox.EventCount < context.Profile.TargetEvents && idle < 100;)
        {
            var before = mailbox.EventCount;
            var day = random.Pick(days);
            var start = WorkingHours.MeetingSlot(timeline.Owner, timeline.Owner, day, random);
            var invited = new List<Tie>();
            for (var attempt = random.Next(3, 13); attempt > 0; attempt--)
            {
                var tie = random.Chance(0.85) || business.Count == 0 ? random.Pick(colleagues) : random.Pick(business);
                if (tie.CanJoinOthers(day, start.AddDays(1)) && !invited.Contains(tie)) invited.Add(tie);
            }
            if (invited.Count > 0) AddGroupMeeting(start, invited);
            idle = mailbox.EventCount == before ? idle + 1 : 0;
        }
    }

    private void AddGroupMeeting(DateTimeOffset start, List<Tie> invited)
    {
        var ownerOrganizes = random.Chance(0.25);
        var organizer = ownerOrganizes ? null : invited[0];
        var draw = random.NextDouble();
        var response = ownerOrganizes ? "organizer"
            : draw < 0.6 ? "accepted" : draw < 0.72 ? "tentativelyAccepted" : draw < 0.87 ? "declined" : "notResponded";
        var attendees = new List<EventAttendee>(invited.Count + 1);
        if (!ownerOrganizes) attendees.Add(new EventAttendee(owner.Primary, Response: response));
        foreach (var tie in invited.Skip(ownerOrganizes ? 0 : 1)) attendees.Add(new EventAttendee(tie.Person, random.Chance(0.15) ? "optional" : "required", "accepted"));
        var online = random.Chance(0.5);
        mailbox.AddEvent(new EventDraft(
            random.Pick(language.GroupMeeting),
            start,
            start.AddMinutes(random.Pick(GroupDurations)),
            organizer?.Zone.WindowsId ?? timeline.Owner.WindowsId,
            organizer?.Person ?? owner.Primary,
            attendees,
            response,
            IsCancelled: random.Chance(0.04),
            IsOnlineMeeting: online,
            Location: online ? CompanyPool.OnlineMeeting : random.Pick(CompanyPool.Places(owner.IsFrench))));
    }
}
