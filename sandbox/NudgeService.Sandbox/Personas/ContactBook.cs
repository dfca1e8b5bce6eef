using System.Globalization;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// The owner's contact cards: most close ties and part of the weak ones, the assistants, and
/// one newsletter someone saved by mistake; with birthdays, notes and the coming week's job changes.
/// </summary>
internal sealed class ContactBook(PersonaContext context, SeededRandom random)
{
    private static readonly string[] FrenchNotes =
        ["Rencontré au salon VivaTech", "Préfère être appelé le matin", "Deux enfants, passionné de voile", "Ancien camarade de promo", "Végétarien", "Parle aussi espagnol"];

    private static readonly string[] EnglishNotes =
        ["Met at London Tech Week", "Prefers calls in the morning", "Two kids, keen sailor", "University friend", "Vegetarian", "Also speaks Spanish"];

    private readonly Timeline timeline = context.Timeline;

    public IReadOnlyList<Contact> Build()
    {
        var birthdays = context.Planted.Birthdays.ToDictionary(planned => planned.Tie, planned => planned.Birthday);
        var jobChanges = context.Planted.JobChanges.ToDictionary(change => change.Tie);
        var contacts = new List<Contact>();
        foreach (var tie in context.Network.AllTies.Where(tie => tie.HasContact))
        {
            contacts.Add(ForTie(contacts.Count + 1, tie, birthdays.GetValueOrDefault(tie), jobChanges.GetValueOrDefault(tie)));
        }
        foreach (var assistant in context.Network.Assistants)
        {
            var space = assistant.Name.IndexOf(' ');
            var card = new ContactCard(assistant.Name[..space], assistant.Name[(space + 1)..], [assistant],
                JobTitle: context.Owner.IsFrench ? "Assistante de direction" : "Executive Assistant", CompanyName: context.Owner.Company.Name);
            contacts.Add(Single(contacts.Count + 1, timeline.Start.AddDays(-random.Uniform(30, 900)), card));
        }
        var newsletter = context.Network.AutomatedSenders.First(sender => sender.Kind == AutomatedKind.Newsletter);
        contacts.Add(Single(contacts.Count + 1, timeline.Start.AddDays(random.Uniform(30, 300)), new ContactCard(newsletter.Person.Name, "", [newsletter.Person])));
        return contacts;
    }

    private Contact ForTie(int number, Tie tie, Birthday? birthday, JobChange? jobChange)
    {
        var createdAt = tie.Since == timeline.FirstDay
            ? timeline.Start.AddDays(-random.Uniform(30, 1500))
            : timeline.Owner.At(tie.Since, random.Uniform(9, 18)).AddDays(random.Uniform(0, 10));
        var card = new ContactCard(
            tie.Given.Display,
            tie.Surname.Display,
            tie.SecondAddress is { } second ? [tie.Person, second] : tie.PersonOnly,
            birthday?.Stored(timeline.Owner.Zone),
            tie.JobTitle,
            tie.Company?.Name,
            PersonalNotes: random.Chance(0.06) ? random.Pick(tie.IsFrench ? FrenchNotes : EnglishNotes) : null,
            SpouseName: tie.Layer <= 3 && random.Chance(0.15) ? random.Pick(NamePool.For(tie.IsFrench).Given).Display : null,
            MobilePhone: random.Chance(0.5) ? MobilePhone(tie) : null);
        var revisions = new List<ContactRevision> { new(createdAt, card) };

        var lastQuietEdit = timeline.Now.AddDays(-20);
        if (random.Chance(0.06) && createdAt.AddDays(30) < lastQuietEdit)
        {
            var editedAt = createdAt.AddDays(30) + (lastQuietEdit - createdAt.AddDays(30)) * random.NextDouble();
            card = card with { MobilePhone = MobilePhone(tie) };
            revisions.Add(new ContactRevision(editedAt, card));
        }
        if (jobChange is not null)
        {
            revisions.Add(new ContactRevision(jobChange.EffectiveAt, card with { JobTitle = jobChange.NewTitle, CompanyName = jobChange.NewCompany }));
        }
        return new Contact { Number = number, CreatedAt = createdAt, Revisions = revisions };
    }

    private static Contact Single(int number, DateTimeOffset createdAt, ContactCard card) =>
        new() { Number = number, CreatedAt = createdAt, Revisions = [new ContactRevision(createdAt, card)] };

    private string MobilePhone(Tie tie)
    {
        string Digits(int count) => random.Next((int)Math.Pow(10, count)).ToString(new string('0', count), CultureInfo.InvariantCulture);
        return tie.Zone.WindowsId switch
        {
            CompanyPool.Paris => $"+33 6 {Digits(2)} {Digits(2)} {Digits(2)} {Digits(2)}",
            CompanyPool.NewYork or CompanyPool.SanFrancisco => $"+1 {(tie.Zone.WindowsId == CompanyPool.NewYork ? "212" : "415")} 555 01{Digits(2)}",
            CompanyPool.Bangalore => $"+91 98450 {Digits(5)}",
            CompanyPool.Auckland => $"+64 21 {Digits(3)} {Digits(4)}",
            _ => $"+44 7700 900{Digits(3)}",
        };
    }
}
