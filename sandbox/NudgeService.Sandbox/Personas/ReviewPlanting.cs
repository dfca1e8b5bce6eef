namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Adds the ties a quarterly review is about: bridges (the only tie at their organisation, one
/// of them cooling), newcomers introduced by an existing tie's mail who became real ties, and two
/// people of one field at different organisations who never meet in the owner's mail. The ties
/// come after every other and join no one else's threads, so that the rest of the persona is drawn as before.
/// </summary>
internal sealed class ReviewPlanting(PersonaProfile profile, PersonaNetwork network, PersonaOwner owner, Timeline timeline, SeededRandom random, AddressBook addresses)
{
    private const double LongestCoolingCadence = 30;

    private static readonly string[] PlantedFields = ["data", "finance", "software", "product"];

    public PersonaNetwork Plant()
    {
        var builder = new NetworkBuilder(profile, owner, timeline, random, addresses);
        var added = new List<Tie>();
        added.AddRange(Bridges(builder));
        added.AddRange(Newcomers(builder));
        added.AddRange(Pair(builder));
        return new PersonaNetwork
        {
            Ties = network.Ties,
            ReviewTies = added,
            Colleagues = network.Colleagues,
            Manager = network.Manager,
            Team = network.Team,
            DirectReports = network.DirectReports,
            Leader = network.Leader,
            Assistants = network.Assistants,
            DistributionLists = network.DistributionLists,
            StaffRoster = network.StaffRoster,
            AutomatedSenders = network.AutomatedSenders,
        };
    }

    private IEnumerable<Tie> Bridges(NetworkBuilder builder)
    {
        var companies = CompanyPool.BridgeCompanies.ToList();
        random.Shuffle(companies);
        var count = profile.Size == PersonaSize.Small ? 2 : 3;
        for (var i = 0; i < count; i++)
        {
            var tie = Steady(builder.CreatePartnerTie(i == 0 ? 3 : 4, companies[i], title: null), timeline.FirstDay);
            // Bridges decay fastest: the first one has been cooling for a while, after a rhythm long enough to tell.
            if (i == 0) tie.CadenceDays = Math.Min(tie.CadenceDays, LongestCoolingCadence);
            if (i == 0) tie.SilentSince = timeline.Owner.At(timeline.Today.AddDays(-(int)Math.Ceiling(Math.Max(6 * tie.CadenceDays, 45) * random.Uniform(1.2, 1.6))), 0);
            yield return tie;
        }
    }

    private IEnumerable<Tie> Newcomers(NetworkBuilder builder)
    {
        var introducers = network.Ties
            .Where(tie => tie.Layer <= 3 && tie.Circle != TieCircle.Personal && tie.Reciprocity == Reciprocity.Mutual
                && tie.Since == timeline.FirstDay && !tie.GoingCold && !tie.IsRare && tie.NewDomainPerson is null && !tie.MeetsWeekly)
            .ToList();
        random.Shuffle(introducers);
        var count = profile.Size == PersonaSize.Small ? 2 : 3;
        foreach (var introducer in introducers.Take(count))
        {
            var company = introducer.Circle == TieCircle.Business ? introducer.Company! : random.Pick(CompanyPool.Partners(owner.IsFrench));
            var since = timeline.FirstDay.AddDays(random.Next(150, Timeline.HistoryDays - 240));
            var newcomer = Steady(builder.CreatePartnerTie(3, company, title: null), since);
            newcomer.IntroducedBy = introducer;
            yield return newcomer;
        }
    }

    private IEnumerable<Tie> Pair(NetworkBuilder builder)
    {
        var titles = TitleFields.Of(random.Pick(PlantedFields), owner.IsFrench);
        var companies = CompanyPool.Partners(owner.IsFrench).ToList();
        random.Shuffle(companies);
        yield return Steady(builder.CreatePartnerTie(2, companies[0], random.Pick(titles)), timeline.FirstDay);
        yield return Steady(builder.CreatePartnerTie(3, companies[1], random.Pick(titles)), timeline.FirstDay);
    }

    private static Tie Steady(Tie tie, DateOnly since)
    {
        tie.Reciprocity = Reciprocity.Mutual;
        tie.HasContact = true;
        tie.Since = since;
        return tie;
    }
}
