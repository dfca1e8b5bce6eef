using System.Globalization;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Writes down what was planted, with interaction counts taken from the finished mailbox.</summary>
internal sealed class GroundTruthBuilder(PersonaContext context)
{
    public GroundTruth Build(IReadOnlyList<MailMessage> messages, IReadOnlyList<CalendarEvent> events)
    {
        var network = context.Network;
        var ties = network.AllTies;
        var tieByAddress = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < ties.Count; i++)
        {
            foreach (var address in AddressesOf(ties[i])) tieByAddress.Add(address, i);
        }
        var counts = InteractionTally.Count(messages, events, context.Owner.Mailbox, tieByAddress, ties.Count, context.Timeline.Now);

        return new GroundTruth(
            context.Timeline.Now,
            [.. context.Owner.Addresses.Select(person => person.Address)],
            [.. network.AutomatedSenders.Select(sender => sender.Person.Address)],
            [.. network.Assistants.Select(assistant => assistant.Address)],
            [.. network.DistributionLists.Select(list => list.Address)],
            [.. ties.Select((tie, i) => new TieTruth(tie.Person.Address, tie.Person.Name, tie.Layer, tie.CadenceDays, tie.GoingCold, tie.SilentSince, counts[i].All, counts[i].LastYear)
            {
                OtherAddresses = [.. AddressesOf(tie).Skip(1)],
            })],
            LifeEvents())
        {
            Review = new ReviewTruthBuilder(context, messages, events).Build(counts),
        };
    }

    internal static IEnumerable<string> AddressesOf(Tie tie)
    {
        yield return tie.Person.Address;
        if (tie.SecondAddress is { } second) yield return second.Address;
        if (tie.NewDomainPerson is { } newDomain) yield return newDomain.Address;
    }

    private List<LifeEventTruth> LifeEvents()
    {
        var planted = context.Planted;
        var events = new List<LifeEventTruth>();
        foreach (var (tie, birthday) in planted.Birthdays)
        {
            foreach (var day in planted.ComingWeek)
            {
                if (birthday.CelebratedIn(day.Year) != day) continue;
                var detail = birthday.Year is { } year ? $"turns {day.Year - year}" : "birthday, year unknown";
                events.Add(Event("birthday", tie, day, detail));
            }
        }
        foreach (var change in planted.JobChanges)
        {
            var tie = change.Tie;
            var day = context.Timeline.Owner.LocalDate(change.EffectiveAt);
            var detail = change.IsJobLoss ? $"leaves {tie.Company!.Name}, was {tie.JobTitle}"
                : change.NewCompany == tie.Company!.Name ? $"{change.NewTitle} at {change.NewCompany}, was {tie.JobTitle}"
                : $"{change.NewTitle} at {change.NewCompany}, was {tie.JobTitle} at {tie.Company.Name}";
            events.Add(Event(change.IsJobLoss ? "jobLoss" : "newRole", tie, day, detail));
        }
        if (planted.NewDomainTie is { } moved)
        {
            var since = context.Timeline.Owner.LocalDate(moved.NewDomainSince!.Value);
            events.Add(Event("newDomain", moved, planted.NewDomainMailDay,
                $"writes from {moved.NewDomainPerson!.Address} ({moved.NewDomainCompany!.Name}) since {Iso(since)}; the contact card still shows {moved.Person.Address}"));
        }
        if (planted.SeeingSoonTie is { } reunion)
        {
            var lastSeen = reunion.Moments.Where(day => day < context.Timeline.Today).Max();
            events.Add(Event("seeingSoon", reunion, planted.SeeingSoonDay, $"{planted.SeeingSoonSubject}; last interaction {Iso(lastSeen)}"));
        }
        return [.. events.OrderBy(lifeEvent => lifeEvent.Date).ThenBy(lifeEvent => lifeEvent.Kind, StringComparer.Ordinal).ThenBy(lifeEvent => lifeEvent.Address, StringComparer.Ordinal)];
    }

    private static LifeEventTruth Event(string kind, Tie tie, DateOnly day, string detail) => new(kind, tie.Person.Address, tie.Person.Name, day, detail);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
