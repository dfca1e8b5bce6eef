namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Decides, before any mail is written, which ties go cold, which are rare by nature, and what
/// happens in the coming week: birthdays, new roles, a job loss, a new address, a reunion.
/// </summary>
internal sealed class LifeEventPlanner(PersonaProfile profile, PersonaNetwork network, PersonaOwner owner, Timeline timeline, SeededRandom random, AddressBook addresses)
{
    private const double GoingColdShare = 0.10;
    private const double BirthdayShare = 0.6;

    public PlantedEvents Plan()
    {
        var planted = new PlantedEvents { ComingWeek = [.. Enumerable.Range(0, 7).Select(timeline.Today.AddDays)] };
        PlantGoingCold();
        PlantRareTies(planted);
        PlantNewDomain(planted);
        PlantJobChanges(planted);
        PlantBirthdays(planted);
        return planted;
    }

    private bool Steady(Tie tie) => !tie.MeetsWeekly && !tie.IsLeader && tie.Since == timeline.FirstDay;

    /// <summary>Ties whose silence by now is several times their cadence and at least three weeks long.</summary>
    private void PlantGoingCold()
    {
        var inner = network.Ties.Where(tie => tie.Layer <= 4).ToList();
        var wanted = Math.Max(2, (int)Math.Round(inner.Count * GoingColdShare));
        var candidates = inner.Where(tie => Steady(tie) && tie.CadenceDays <= 45).ToList();
        random.Shuffle(candidates);
        foreach (var tie in candidates)
        {
            if (wanted == 0) break;
            var silenceDays = (int)Math.Ceiling(Math.Max(4 * tie.CadenceDays, 25) * random.Uniform(1.1, 1.6));
            var silentDay = timeline.Today.AddDays(-silenceDays);
            if (silentDay.DayNumber - timeline.FirstDay.DayNumber < 6 * tie.CadenceDays) continue;
            tie.SilentSince = timeline.Owner.At(silentDay, 0);
            wanted--;
        }
    }

    /// <summary>Outer ties seen twice a year at most: their long silence is normal. The first is met again this week.</summary>
    private void PlantRareTies(PlantedEvents planted)
    {
        var candidates = network.Ties
            .Where(tie => tie.Layer >= 4 && tie.Circle != TieCircle.Colleague && !tie.GoingCold && Steady(tie))
            .OrderByDescending(tie => tie.HasContact)
            .Take(profile.RareTies * 4)
            .ToList();
        var reunion = candidates.First(tie => tie.HasContact);
        candidates.Remove(reunion);
        random.Shuffle(candidates);
        foreach (var tie in candidates.Take(profile.RareTies - 1).Prepend(reunion))
        {
            tie.IsRare = true;
            tie.CadenceDays = Math.Round(random.Uniform(100, 180), 1);
            tie.Reciprocity = Reciprocity.Mutual;
        }
        planted.SeeingSoonTie = reunion;
        planted.SeeingSoonDay = timeline.Today.AddDays(random.Next(1, 7));
        planted.SeeingSoonSubject = SubjectPool.For(owner.IsFrench && reunion.IsFrench).Lunch;
    }

    /// <summary>A tie who moved company a few weeks ago and writes from the new domain since.</summary>
    private void PlantNewDomain(PlantedEvents planted)
    {
        var candidates = network.Ties
            .Where(tie => tie.Layer is >= 2 and <= 4 && tie.Reciprocity == Reciprocity.Mutual && tie.HasContact && tie.Company is not null
                && !tie.GoingCold && !tie.IsRare && Steady(tie))
            .OrderBy(tie => tie.Circle == TieCircle.Business ? 0 : 1)
            .ThenBy(tie => tie.CadenceDays)
            .ToList();
        var tie = candidates[0];
        var newCompany = OtherCompany(tie);
        tie.NewDomainCompany = newCompany;
        tie.NewDomainPerson = addresses.ClaimAt(newCompany, tie.Given, tie.Surname);
        tie.NewDomainSince = timeline.Owner.At(timeline.Today.AddDays(-random.Next(10, 26)), 0);
        planted.NewDomainTie = tie;
        planted.NewDomainMailDay = timeline.Today.AddDays(random.Next(1, 7));
    }

    /// <summary>Promotions, moves to another company and exactly one job loss, effective during the coming week.</summary>
    private void PlantJobChanges(PlantedEvents planted)
    {
        var candidates = network.Ties
            .Where(tie => tie.HasContact && tie.Company is not null && tie.NewDomainPerson is null && !tie.GoingCold && !tie.IsRare && !tie.IsLeader && !tie.MeetsWeekly)
            .OrderBy(tie => tie.Layer <= 4 ? 0 : 1)
            .Take(Math.Max(12, profile.NewRolesComingWeek * 4))
            .ToList();
        random.Shuffle(candidates);
        for (var i = 0; i <= profile.NewRolesComingWeek; i++)
        {
            var tie = candidates[i];
            var effectiveAt = timeline.Owner.At(timeline.Today.AddDays(random.Next(1, 7)), random.Uniform(8, 19));
            if (i == profile.NewRolesComingWeek)
            {
                planted.JobChanges.Add(new JobChange(tie, effectiveAt, null, null));
            }
            else if (i % 2 == 0 || tie.Circle == TieCircle.Colleague)
            {
                var title = random.Pick(CompanyPool.SeniorTitles(tie.IsFrench)).For(tie.Given.IsFemale);
                planted.JobChanges.Add(new JobChange(tie, effectiveAt, title, tie.Company!.Name));
            }
            else
            {
                var title = random.Pick(CompanyPool.Titles(tie.IsFrench)).For(tie.Given.IsFemale);
                planted.JobChanges.Add(new JobChange(tie, effectiveAt, title, OtherCompany(tie).Name));
            }
        }
    }

    /// <summary>
    /// Birthdays for about 60 % of contact cards, every odd storage at least once, a few in the
    /// coming week and none of the others within a day of it.
    /// </summary>
    private void PlantBirthdays(PlantedEvents planted)
    {
        var withCards = network.Ties.Where(tie => tie.HasContact).ToList();
        var comingWeek = withCards.Where(tie => tie.Layer <= 4).Take(profile.BirthdaysComingWeek * 5).ToList();
        random.Shuffle(comingWeek);
        comingWeek = comingWeek.Take(profile.BirthdaysComingWeek).ToList();
        var days = planted.ComingWeek.ToList();
        random.Shuffle(days);

        BirthdayStorage[] oddOnes = [BirthdayStorage.NoYear, BirthdayStorage.PlaceholderYear, BirthdayStorage.OwnerMidnight, BirthdayStorage.ParisMidnight];
        BirthdayStorage[] comingWeekStorages = [BirthdayStorage.UtcMidnight, BirthdayStorage.NoYear, BirthdayStorage.ParisMidnight, BirthdayStorage.OwnerMidnight];
        var others = 0;
        foreach (var tie in withCards)
        {
            var index = comingWeek.IndexOf(tie);
            if (index >= 0)
            {
                var day = days[index % days.Count];
                planted.Birthdays.Add((tie, Create(day.Month, day.Day, comingWeekStorages[index % comingWeekStorages.Length])));
                continue;
            }
            if (!random.Chance(BirthdayShare)) continue;
            var birthday = others switch
            {
                < 4 => Create(oddOnes[others], FarFromComingWeek(planted)),
                4 => Create(2, 29, BirthdayStorage.UtcMidnight),
                _ => Create(DrawStorage(), FarFromComingWeek(planted)),
            };
            others++;
            planted.Birthdays.Add((tie, birthday));
        }
    }

    private Birthday Create(BirthdayStorage storage, (int Month, int Day) date) => Create(date.Month, date.Day, storage);

    private Birthday Create(int month, int day, BirthdayStorage storage)
    {
        var year = timeline.Today.Year - random.Next(24, 69);
        if (month == 2 && day == 29)
        {
            year -= year % 4;
            if (storage == BirthdayStorage.PlaceholderYear) storage = BirthdayStorage.NoYear;
        }
        var yearKnown = storage is BirthdayStorage.UtcMidnight or BirthdayStorage.OwnerMidnight or BirthdayStorage.ParisMidnight;
        return new Birthday(month, day, yearKnown ? year : null, storage);
    }

    private BirthdayStorage DrawStorage()
    {
        var draw = random.NextDouble();
        return draw switch
        {
            < 0.40 => BirthdayStorage.UtcMidnight,
            < 0.65 => BirthdayStorage.NoYear,
            < 0.73 => BirthdayStorage.PlaceholderYear,
            < 0.90 => BirthdayStorage.OwnerMidnight,
            _ => BirthdayStorage.ParisMidnight,
        };
    }

    private (int Month, int Day) FarFromComingWeek(PlantedEvents planted)
    {
        while (true)
        {
            var date = new DateOnly(2001, 1, 1).AddDays(random.Next(365));
            var near = planted.ComingWeek.Any(day =>
                Math.Abs(new DateOnly(day.Year, date.Month, date.Day).DayNumber - day.DayNumber) is <= 1 or >= 364);
            if (!near) return (date.Month, date.Day);
        }
    }

    private Company OtherCompany(Tie tie)
    {
        var partners = CompanyPool.Partners(tie.IsFrench).Where(company => company != tie.Company).ToList();
        return random.Pick(partners);
    }
}
