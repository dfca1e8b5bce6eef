using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Draws the owner's ties in Dunbar layers, plus assistants, lists, co-workers and automated senders.</summary>
internal sealed class NetworkBuilder(PersonaProfile profile, PersonaOwner owner, Timeline timeline, SeededRandom random, AddressBook addresses)
{
    /// <summary>Share of colleagues, business contacts and friends or family in each layer.</summary>
    private static readonly (double Colleague, double Business)[] CircleShares = [(0.25, 0.15), (0.45, 0.30), (0.40, 0.45), (0.35, 0.50), (0.35, 0.50)];

    /// <summary>Usual gap in days of each layer, before the size's scaling of layers 1–4.</summary>
    private static readonly (double Min, double Max)[] CadenceRanges = [(1.5, 4), (4, 10), (10, 30), (30, 90), (90, 365)];

    /// <summary>Layer 4 stretches less so that it stays between layer 3 and the weak ties.</summary>
    private const double OuterLayerLongestScale = 1.5;

    /// <summary>Chance that a tie of each layer only started during the two years of history.</summary>
    private static readonly double[] NewTieShares = [0.05, 0.10, 0.15, 0.15, 0.30];

    public PersonaNetwork Build()
    {
        var ties = new List<Tie>();
        var manager = CreateTie(2, TieCircle.Colleague, core: true, title: random.Pick(CompanyPool.SeniorTitles(owner.IsFrench)));
        manager.MeetsWeekly = true;
        var team = new List<Tie>();
        for (var i = 0; i < profile.TeamSize; i++)
        {
            var member = CreateTie(i < 2 ? 2 : 3, TieCircle.Colleague, core: true);
            member.MeetsWeekly = true;
            team.Add(member);
        }
        var leaderTitle = owner.IsFrench ? new JobTitle("Directeur général", "Directrice générale") : new JobTitle("Chief Executive Officer");
        var leader = CreateTie(4, TieCircle.Colleague, core: true, title: leaderTitle);
        leader.IsLeader = true;

        var core = new List<Tie>([manager, .. team, leader]);
        for (var layer = 1; layer <= 5; layer++)
        {
            ties.AddRange(core.Where(tie => tie.Layer == layer));
            var remaining = profile.TiesPerLayer[layer - 1] - core.Count(tie => tie.Layer == layer);
            for (var i = 0; i < remaining; i++) ties.Add(CreateTie(layer, DrawCircle(layer), core: false));
        }

        return new PersonaNetwork
        {
            Ties = ties,
            Colleagues = ties.Where(tie => tie.Circle == TieCircle.Colleague).ToList(),
            Manager = manager,
            Team = team,
            DirectReports = team.Take(profile.DirectReportCount).ToList(),
            Leader = leader,
            Assistants = Enumerable.Range(0, profile.AssistantCount).Select(_ => CreateCoworker()).ToList(),
            DistributionLists = DistributionLists().Take(profile.DistributionListCount).ToList(),
            StaffRoster = Enumerable.Range(0, profile.StaffRosterSize).Select(_ => CreateCoworker()).ToList(),
            AutomatedSenders = AutomatedCatalogue.For(owner, profile.AutomatedSenderCount),
        };
    }

    private TieCircle DrawCircle(int layer)
    {
        var (colleague, business) = CircleShares[layer - 1];
        var draw = random.NextDouble();
        return draw < colleague ? TieCircle.Colleague : draw < colleague + business ? TieCircle.Business : TieCircle.Personal;
    }

    /// <summary>A business tie at a company chosen by the caller, otherwise drawn like every other.</summary>
    public Tie CreatePartnerTie(int layer, Company company, JobTitle? title) => CreateTie(layer, TieCircle.Business, core: false, title, company);

    private Tie CreateTie(int layer, TieCircle circle, bool core, JobTitle? title = null, Company? partner = null)
    {
        var french = circle switch
        {
            TieCircle.Business => random.Chance(owner.IsFrench ? 0.65 : 0.2),
            _ => random.Chance(0.85) == owner.IsFrench,
        };
        var names = NamePool.For(french);
        var given = random.Pick(names.Given);
        var surname = random.Pick(names.Surnames);

        var company = circle switch
        {
            TieCircle.Colleague => owner.Company,
            TieCircle.Business => partner ?? random.Pick(CompanyPool.Partners(french)),
            _ => random.Chance(0.2) ? random.Pick(CompanyPool.Partners(french)) : null,
        };
        var personalDomain = random.Pick(CompanyPool.PersonalDomains(french));
        MailPerson person;
        MailPerson? second = null;
        if (circle == TieCircle.Personal)
        {
            person = addresses.ClaimPersonal(personalDomain, given, surname);
            if (company is not null) second = addresses.ClaimAt(company, given, surname);
        }
        else
        {
            person = addresses.ClaimAt(company!, given, surname);
            if (random.Chance(0.15)) second = addresses.ClaimPersonal(personalDomain, given, surname);
        }

        var timeZone = circle switch
        {
            TieCircle.Business => company!.TimeZoneId,
            TieCircle.Personal when random.Chance(0.15) => french ? CompanyPool.Paris : random.Pick<string>([CompanyPool.London, CompanyPool.NewYork]),
            _ => owner.Mailbox.TimeZone,
        };

        var (minCadence, maxCadence) = CadenceRanges[layer - 1];
        var scale = layer switch
        {
            <= 3 => profile.CadenceScale,
            4 => Math.Min(profile.CadenceScale, OuterLayerLongestScale),
            _ => 1.0,
        };
        var cadence = Math.Round(random.Uniform(minCadence, maxCadence) * scale, 1);

        var reciprocity = Reciprocity.Mutual;
        var oneSidedShare = layer <= 3 ? 0.12 : 0.35;
        if (!core && random.Chance(oneSidedShare)) reciprocity = random.Chance(0.5) ? Reciprocity.OwnerWrites : Reciprocity.TieWrites;

        var (mail, group, meeting) = circle switch
        {
            TieCircle.Colleague => (0.50, 0.25, 0.25),
            TieCircle.Business => (0.60, 0.15, 0.25),
            _ => (0.70, 0.0, 0.30),
        };

        var since = timeline.FirstDay;
        if (!core && random.Chance(NewTieShares[layer - 1])) since = timeline.FirstDay.AddDays(random.Next(Timeline.HistoryDays - 60));

        return new Tie
        {
            Layer = layer,
            Circle = circle,
            IsFrench = french,
            Given = given,
            Surname = surname,
            Person = person,
            SecondAddress = second,
            Company = company,
            JobTitle = company is null ? null : (title ?? random.Pick(CompanyPool.Titles(french))).For(given.IsFemale),
            Zone = timeline.Clock(timeZone),
            HasContact = core || random.Chance(layer <= 4 ? 0.9 : profile.WeakTieContactShare),
            CadenceDays = cadence,
            GapShape = random.Chance(0.25) ? 1 : random.Chance(0.67) ? 2 : 3,
            Reciprocity = reciprocity,
            MailWeight = mail * random.Uniform(0.5, 1.5),
            GroupWeight = group * random.Uniform(0.5, 1.5),
            MeetingWeight = meeting * random.Uniform(0.5, 1.5),
            Since = since,
        };
    }

    private MailPerson CreateCoworker()
    {
        var names = NamePool.For(random.Chance(0.85) == owner.IsFrench);
        return addresses.ClaimAt(owner.Company, random.Pick(names.Given), random.Pick(names.Surnames));
    }

    private IEnumerable<MailPerson> DistributionLists()
    {
        var domain = owner.Company.Domain;
        var office = owner.Mailbox.TimeZone switch
        {
            CompanyPool.London => ("London Office", "london-office"),
            CompanyPool.NewYork => ("New York Office", "newyork-office"),
            _ => ("Bureau de Paris", "bureau-paris"),
        };
        (string Name, string LocalPart)[] lists = owner.IsFrench
            ? [("Tout le personnel", "all-staff"), ("Équipe Opérations", "equipe-operations"), ("Managers", "managers"), office, ("Projet Horizon", "projet-horizon"), ("Comité de direction", "codir")]
            : [("All Staff", "all-staff"), ("Operations Team", "team-operations"), ("Managers", "managers"), office, ("Project Horizon", "project-horizon"), ("Leadership Team", "leadership")];
        return lists.Select(list => addresses.Claim(list.Name, list.LocalPart, domain));
    }
}
