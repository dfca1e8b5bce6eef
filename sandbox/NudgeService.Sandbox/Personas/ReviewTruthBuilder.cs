using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Lists, by their definitions, what a quarterly review of the finished persona should find.</summary>
internal sealed class ReviewTruthBuilder(PersonaContext context, IReadOnlyList<MailMessage> messages, IReadOnlyList<CalendarEvent> events)
{
    private const int OneSidedMinimum = 3;
    private const int AnswersPerMail = 5;
    private const int MeetingsThatCount = 2;

    private readonly IReadOnlyList<Tie> ties = context.Network.AllTies;
    private readonly Dictionary<string, Tie> tieByAddress = context.Network.AllTies
        .SelectMany(tie => GroundTruthBuilder.AddressesOf(tie).Select(address => (address, tie)))
        .ToDictionary(pair => pair.address, pair => pair.tie, StringComparer.OrdinalIgnoreCase);

    public ReviewTruth Build((InteractionCounts All, InteractionCounts LastYear)[] counts)
    {
        var items = ItemsByTie();
        return new ReviewTruth(OneSided(counts), Bridges(counts), Introductions(items), Pairs(items));
    }

    private List<OneSidedTruth> OneSided((InteractionCounts All, InteractionCounts LastYear)[] counts)
    {
        var found = new List<OneSidedTruth>();
        for (var i = 0; i < ties.Count; i++)
        {
            var tie = ties[i];
            var year = counts[i].LastYear;
            var (mails, answers) = tie.Reciprocity == Reciprocity.OwnerWrites ? (year.MailsSent, year.MailsReceived) : (year.MailsReceived, year.MailsSent);
            // Planted one-sided, and seen so in the mailbox: group threads and meetings can make a planted tie two-way.
            if (tie.IsOneSided && mails >= OneSidedMinimum && answers * AnswersPerMail <= mails && year.Meetings < MeetingsThatCount)
            {
                found.Add(new OneSidedTruth(tie.Person.Address, tie.Reciprocity == Reciprocity.OwnerWrites ? "owner" : "tie", mails));
            }
        }
        return found;
    }

    private List<BridgeTruth> Bridges((InteractionCounts All, InteractionCounts LastYear)[] counts)
    {
        var perCompany = ties.Where(tie => tie.Company is not null).GroupBy(tie => tie.Company!.Domain).ToDictionary(group => group.Key, group => group.Count());
        bool Link(int i) => !ties[i].IsOneSided && counts[i].All.MailsSent + counts[i].All.MailsReceived + counts[i].All.Meetings >= OneSidedMinimum;
        return [.. ties
            .Where((tie, i) => Link(i) && tie.Company is { } company && company != context.Owner.Company && perCompany[company.Domain] == 1)
            .Select(tie => new BridgeTruth(tie.Person.Address, tie.Company!.Name, tie.GoingCold))];
    }

    private List<IntroductionTruth> Introductions(Dictionary<Tie, List<(long Item, DateTimeOffset At, Tie? BroughtBy)>> items)
    {
        var found = new List<IntroductionTruth>();
        foreach (var newcomer in ties.Where(tie => tie.Layer <= 4 && tie.Since > context.Timeline.FirstDay && !tie.IsOneSided))
        {
            if (!items.TryGetValue(newcomer, out var seen) || seen.Count == 0) continue;
            var first = seen.MinBy(item => item.At);
            if (first.BroughtBy is not { } introducer || introducer == newcomer || introducer.Layer > 4) continue;
            if (introducer.Since >= newcomer.Since) continue;
            found.Add(new IntroductionTruth(introducer.Person.Address, newcomer.Person.Address, context.Timeline.Owner.LocalDate(first.At), newcomer.IntroducedBy == introducer));
        }
        return found;
    }

    private List<PairTruth> Pairs(Dictionary<Tie, List<(long Item, DateTimeOffset At, Tie? BroughtBy)>> items)
    {
        var known = ties.Where(tie => tie.Layer <= 3 && tie.HasContact && tie.Company is not null && !tie.GoingCold && !tie.IsRare && tie.NewDomainPerson is null
            && !context.Planted.JobChanges.Any(change => change.Tie == tie) && TitleFields.Of(tie.JobTitle) is not null).ToList();
        var itemSets = known.ToDictionary(tie => tie, tie => items.TryGetValue(tie, out var seen) ? seen.Select(item => item.Item).ToHashSet() : []);
        var found = new List<PairTruth>();
        for (var i = 0; i < known.Count; i++)
        {
            for (var j = i + 1; j < known.Count; j++)
            {
                var (a, b) = (known[i], known[j]);
                var field = TitleFields.Of(a.JobTitle);
                if (field != TitleFields.Of(b.JobTitle) || a.Company == b.Company || itemSets[a].Overlaps(itemSets[b])) continue;
                var (first, second) = string.CompareOrdinal(a.Person.Address, b.Person.Address) < 0 ? (a, b) : (b, a);
                found.Add(new PairTruth(first.Person.Address, second.Person.Address, field!));
            }
        }
        return found;
    }

    /// <summary>Every started mail and meeting each tie was in, with the tie that sent or organised it when that was not the owner.</summary>
    private Dictionary<Tie, List<(long Item, DateTimeOffset At, Tie? BroughtBy)>> ItemsByTie()
    {
        var owner = context.Owner.Mailbox;
        var now = context.Timeline.Now;
        var items = new Dictionary<Tie, List<(long, DateTimeOffset, Tie?)>>();
        void Note(Tie tie, long item, DateTimeOffset at, Tie? broughtBy)
        {
            if (!items.TryGetValue(tie, out var list)) items[tie] = list = [];
            list.Add((item, at, broughtBy));
        }
        foreach (var message in messages.Where(message => message.ReceivedAt <= now && !message.IsDraft))
        {
            var sender = owner.Owns(message.From.Address) ? null : tieByAddress.GetValueOrDefault(message.From.Address);
            var people = message.To.Concat(message.Cc).Select(person => person.Address).Append(message.From.Address)
                .Where(address => !owner.Owns(address)).Select(address => tieByAddress.GetValueOrDefault(address)).OfType<Tie>().Distinct();
            foreach (var tie in people) Note(tie, message.ConversationNumber, message.ReceivedAt, sender);
        }
        foreach (var meeting in events.Where(meeting => meeting.Start <= now && !meeting.IsCancelled && meeting.OwnerResponse != "declined"))
        {
            var organizer = owner.Owns(meeting.Organizer.Address) ? null : tieByAddress.GetValueOrDefault(meeting.Organizer.Address);
            var people = meeting.Attendees.Select(attendee => attendee.Person.Address).Append(meeting.Organizer.Address)
                .Where(address => !owner.Owns(address)).Select(address => tieByAddress.GetValueOrDefault(address)).OfType<Tie>().Distinct();
            // Meetings and conversations are numbered apart; a negative number keeps them apart here.
            foreach (var tie in people) Note(tie, -meeting.Number, meeting.Start, organizer);
        }
        return items;
    }
}
