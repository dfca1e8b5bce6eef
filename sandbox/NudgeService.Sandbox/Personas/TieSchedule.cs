namespace NudgeService.Sandbox.Personas;

/// <summary>
/// The days a tie and the owner interact: gamma-distributed gaps around the tie's cadence,
/// project weeks of many exchanges, and the planted silences.
/// </summary>
internal sealed class TieSchedule(Timeline timeline, PlantedEvents planted, SeededRandom random)
{
    /// <summary>Longest gap as a multiple of the cadence for a tie that keeps going: beyond it the silence would read as cooling.</summary>
    private const double LongestGap = 2.2;

    /// <summary>Days kept free before a planted silence so that replies and weekend shifts stay before it.</summary>
    private const int SilenceMargin = 5;

    public void Plan(Tie tie)
    {
        var end = tie.SilentSince is { } silentSince
            ? timeline.Owner.LocalDate(silentSince).AddDays(-SilenceMargin)
            : timeline.MailEndDay;
        var cadence = tie.CadenceDays;
        var day = tie.Since.DayNumber + (tie.Since == timeline.FirstDay ? random.Uniform(0, cadence) : 0);
        while (day < end.DayNumber)
        {
            tie.Moments.Add(DateOnly.FromDayNumber((int)day));
            day += Math.Clamp(random.Erlang(tie.GapShape, cadence), 0.3, LongestGap * cadence);
        }
        if (tie.Layer <= 3 && tie.Circle != TieCircle.Personal && !tie.IsOneSided && !tie.IsRare) AddProjectWeeks(tie, end);
        if (tie.IsRare) MakeRare(tie);
        if (tie == planted.NewDomainTie) EnsureMailSince(tie, timeline.Owner.LocalDate(tie.NewDomainSince!.Value));
        if (tie.Moments.Count == 0 || tie.Moments.Min() >= timeline.Today) tie.Moments.Add(tie.Since);
        tie.Moments.Sort();
    }

    /// <summary>A week of a shared project: several exchanges a day, which a naive average gap misreads.</summary>
    private void AddProjectWeeks(Tie tie, DateOnly end)
    {
        var weeks = random.Count(0.8);
        var span = end.DayNumber - tie.Since.DayNumber - 7;
        if (span <= 0) return;
        for (var week = 0; week < weeks; week++)
        {
            var monday = tie.Since.AddDays(random.Next(span));
            for (var i = random.Next(4, 11); i > 0; i--)
            {
                tie.Moments.Add(Timeline.NextWorkingDay(monday.AddDays(random.Next(5))));
            }
        }
    }

    /// <summary>Last seen 1.3–1.9 cadences ago, as happens to a tie met twice a year; the reunion tie is next seen at the planted meeting.</summary>
    private void MakeRare(Tie tie)
    {
        var last = timeline.Today.AddDays(-(int)Math.Round(tie.CadenceDays * random.Uniform(1.3, 1.9)));
        tie.Moments.RemoveAll(day => day >= last);
        tie.Moments.Add(last);
        if (tie == planted.SeeingSoonTie) return;
        var next = timeline.Today.AddDays((int)Math.Round(tie.CadenceDays * random.Uniform(0.1, 0.5)));
        if (next < timeline.MailEndDay) tie.Moments.Add(next);
    }

    private void EnsureMailSince(Tie tie, DateOnly since)
    {
        var recent = tie.Moments.Count(day => day >= since && day < timeline.Today);
        for (var i = recent; i < 2; i++)
        {
            tie.Moments.Add(since.AddDays(random.Next(Math.Max(1, timeline.Today.DayNumber - since.DayNumber))));
        }
    }
}
