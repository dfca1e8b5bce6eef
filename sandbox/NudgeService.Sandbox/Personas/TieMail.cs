using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Turns each planned interaction of a tie into a 1:1 thread, a small-group thread or a meeting.</summary>
internal sealed class TieMail(PersonaContext context, SeededRandom random)
{
    private static readonly TimeSpan LongestThread = TimeSpan.FromHours(36);

    private readonly PersonaOwner owner = context.Owner;
    private readonly MailboxDraft mailbox = context.Mailbox;
    private readonly List<Tie> innerColleagues = context.Network.Colleagues.Where(tie => tie.Layer <= 3).ToList();
    private readonly Dictionary<string, List<Tie>> tiesByCompany = context.Network.Ties
        .Where(tie => tie.Circle == TieCircle.Business)
        .GroupBy(tie => tie.Company!.Domain)
        .ToDictionary(group => group.Key, group => group.ToList());
    private readonly TieMeetings meetings = new(context, random);

    public void Write(Tie tie)
    {
        var language = context.LanguageWith(tie);
        var newDomainDay = tie.NewDomainSince is { } since ? context.Timeline.Owner.LocalDate(since) : DateOnly.MaxValue;
        for (var i = 0; i < tie.Moments.Count; i++)
        {
            var day = tie.Circle == TieCircle.Personal ? tie.Moments[i] : Timeline.NextWorkingDay(tie.Moments[i]);
            var firstMoment = i == 0;
            if (firstMoment && tie.IntroducedBy is { } introducer)
            {
                WriteIntroduction(introducer, tie, day, language);
                continue;
            }
            if (day >= newDomainDay)
            {
                WriteDirect(tie, day, language, firstMoment, ownerStarts: false);
                continue;
            }
            var draw = random.NextDouble() * (tie.IsOneSided ? tie.MailWeight : tie.MailWeight + tie.GroupWeight + tie.MeetingWeight);
            if (draw < tie.MailWeight)
            {
                WriteDirect(tie, day, language, firstMoment, ownerStarts: null);
            }
            else if (draw < tie.MailWeight + tie.GroupWeight)
            {
                var others = CoParticipants(tie, day);
                if (others.Count > 0) WriteGroup(tie, others, day, language);
                else WriteDirect(tie, day, language, firstMoment, ownerStarts: null);
            }
            else
            {
                meetings.Meet(tie, day, random.Chance(0.3) ? CoParticipants(tie, day) : [], language);
            }
        }
        if (tie == context.Planted.NewDomainTie) AnnounceNewAddress(tie, language);
        if (tie == context.Planted.SeeingSoonTie) meetings.Reunion(tie, context.Planted.SeeingSoonDay, context.Planted.SeeingSoonSubject);
    }

    private void WriteDirect(Tie tie, DateOnly day, SubjectSet language, bool firstMoment, bool? ownerStarts)
    {
        var ownerTurn = ownerStarts ?? tie.Reciprocity switch
        {
            Reciprocity.OwnerWrites => true,
            Reciprocity.TieWrites => false,
            _ => random.Chance(0.5),
        };
        var personal = tie.Circle == TieCircle.Personal;
        var length = tie.IsOneSided ? (random.Chance(0.15) ? 2 : 1) : 1 + Geometric(0.45, 5);
        var (ownerAddress, ownerRecipients) = OwnerAddressFor(tie);
        var subject = random.Pick(personal ? language.Personal : language.Work);
        var conversation = mailbox.NewConversation();
        var zone = ownerTurn ? context.Timeline.Owner : tie.Zone;
        var start = personal ? WorkingHours.PersonalTime(zone, day, random) : WorkingHours.WorkTime(zone, day, random);
        var at = start;
        for (var k = 0; k < length && at - start <= LongestThread; k++)
        {
            var text = k > 0 ? context.Reply(language, subject) : random.Chance(0.04) ? context.Forward(language, subject) : subject;
            var tieAddress = tie.AddressAt(at, preferSecond: !firstMoment && random.Chance(0.1));
            if (ownerTurn)
            {
                mailbox.AddSent(at, ownerAddress, ownerAddress, tieAddress == tie.Person ? tie.PersonOnly : [tieAddress], [], text, conversation);
            }
            else
            {
                mailbox.AddReceived(at, random.Next(2, 90), tieAddress, ownerRecipients, [], text, conversation);
            }
            if (!tie.IsOneSided) ownerTurn = !ownerTurn;
            at = WorkingHours.ReplyTime(at, ownerTurn ? context.Timeline.Owner : tie.Zone, random);
        }
    }

    private void WriteGroup(Tie tie, IReadOnlyList<Tie> others, DateOnly day, SubjectSet language)
    {
        var members = new List<Tie>(others.Count + 1) { tie };
        members.AddRange(others);
        var everyone = members.Select(member => member.Person).ToArray();
        var subject = random.Pick(language.SmallGroup);
        var conversation = mailbox.NewConversation();
        var length = 1 + Geometric(0.6, 6);
        Tie? sender = random.Chance(0.5) ? null : tie;
        var start = WorkingHours.WorkTime(sender?.Zone ?? context.Timeline.Owner, day, random);
        var at = start;
        for (var k = 0; k < length && at - start <= LongestThread; k++)
        {
            var text = k == 0 ? subject : context.Reply(language, subject);
            if (sender is null)
            {
                mailbox.AddSent(at, owner.Primary, owner.Primary, everyone, [], text, conversation);
            }
            else
            {
                var to = new MailPerson[everyone.Length];
                to[0] = owner.Primary;
                var n = 1;
                foreach (var person in everyone) if (person != sender.Person) to[n++] = person;
                mailbox.AddReceived(at, random.Next(2, 90), sender.Person, to, [], text, conversation);
            }
            var previous = sender;
            var pick = random.Next(members.Count + 1);
            sender = pick == members.Count ? null : members[pick];
            if (sender == previous) sender = previous is null ? tie : null;
            at = WorkingHours.ReplyTime(at, sender?.Zone ?? context.Timeline.Owner, random);
        }
    }

    /// <summary>One to three people from the tie's side: colleagues for a colleague, the tie's own co-workers for a client.</summary>
    private IReadOnlyList<Tie> CoParticipants(Tie tie, DateOnly day)
    {
        var pool = tie.Circle == TieCircle.Business && tiesByCompany.TryGetValue(tie.Company!.Domain, out var sameCompany) && sameCompany.Count > 1
            ? sameCompany
            : innerColleagues;
        var until = context.Timeline.Owner.At(day, 0) + TimeSpan.FromDays(3);
        var chosen = new List<Tie>(3);
        var wanted = random.Next(1, 4);
        for (var attempt = 0; attempt < wanted * 3 && chosen.Count < wanted; attempt++)
        {
            var candidate = random.Pick(pool);
            if (candidate != tie && !chosen.Contains(candidate) && candidate.CanJoinOthers(day, until)) chosen.Add(candidate);
        }
        return chosen;
    }

    /// <summary>The introducer writes to the owner with the newcomer copied, and the owner answers the newcomer.</summary>
    private void WriteIntroduction(Tie introducer, Tie newcomer, DateOnly day, SubjectSet language)
    {
        var conversation = mailbox.NewConversation();
        var at = WorkingHours.WorkTime(introducer.Zone, day, random);
        mailbox.AddReceived(at, random.Next(2, 90), introducer.Person, [owner.Primary, newcomer.Person], [], language.Introduction, conversation);
        var reply = WorkingHours.ReplyTime(at, context.Timeline.Owner, random);
        mailbox.AddSent(reply, owner.Primary, owner.Primary, newcomer.PersonOnly, [], context.Reply(language, language.Introduction), conversation);
    }

    private void AnnounceNewAddress(Tie tie, SubjectSet language)
    {
        var at = WorkingHours.WorkTime(tie.Zone, context.Planted.NewDomainMailDay, random);
        mailbox.AddReceived(at, random.Next(2, 90), tie.NewDomainPerson!, owner.PrimaryOnly, [], language.NewAddress, mailbox.NewConversation());
    }

    private (MailPerson Address, IReadOnlyList<MailPerson> Recipients) OwnerAddressFor(Tie tie) => tie.Circle switch
    {
        TieCircle.Personal when random.Chance(0.8) => (owner.PersonalAlias, owner.PersonalAliasOnly),
        TieCircle.Colleague when random.Chance(0.08) => (owner.CompanyAlias, owner.CompanyAliasOnly),
        _ => (owner.Primary, owner.PrimaryOnly),
    };

    private int Geometric(double continueProbability, int max)
    {
        var count = 0;
        while (count < max && random.Chance(continueProbability)) count++;
        return count;
    }
}
