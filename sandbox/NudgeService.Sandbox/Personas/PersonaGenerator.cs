using System.Globalization;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Generates a professional's mailbox with a realistic network: Dunbar layers of ties with their
/// own cadence, large threads, lists, automated mail, assistants, a two-year calendar, contact
/// cards, mail filed into folders by rules and the Archive button, and planted facts (ties going cold, life events of the coming week) in its ground truth.
/// The same size, seed and now always give the same mailbox.
/// </summary>
public static class PersonaGenerator
{
    /// <summary>The owner's mailbox time zone (a Windows id) for a seed, without generating anything.</summary>
    public static string OwnerTimeZone(int seed) => PersonaOwner.TimeZoneFor(seed);

    /// <param name="account">A work mailbox by default; <see cref="MailboxKind.Personal"/> gives the same network in an Outlook.com account.</param>
    public static MailboxSeed Generate(PersonaSize size, int seed, DateTimeOffset now, MailboxKind account = MailboxKind.ExchangeOnline)
    {
        var profile = PersonaProfile.For(size);
        var root = new SeededRandom(((ulong)(uint)seed << 8) | (ulong)size);
        var addresses = new AddressBook();
        var owner = PersonaOwner.Create(seed, root.Fork("owner"), addresses, account);
        var timeline = new Timeline(now, owner.Mailbox.TimeZone);
        var network = new NetworkBuilder(profile, owner, timeline, root.Fork("network"), addresses).Build();
        var planted = new LifeEventPlanner(profile, network, owner, timeline, root.Fork("life events"), addresses).Plan();
        network = new ReviewPlanting(profile, network, owner, timeline, root.Fork("review"), addresses).Plant();

        var schedule = new TieSchedule(timeline, planted, root.Fork("schedule"));
        foreach (var tie in network.AllTies) schedule.Plan(tie);

        var context = new PersonaContext(profile, owner, timeline, network, planted, new MailboxDraft(profile.TargetMessages), new PrefixedSubjects());
        var tieMail = new TieMail(context, root.Fork("tie mail"));
        foreach (var tie in network.Ties) tieMail.Write(tie);
        new OfficeMail(context, root.Fork("office mail")).Write();
        new AutomatedMail(context, root.Fork("automated mail")).Write();
        new LargeThreads(context, root.Fork("large threads")).Fill();
        new CalendarBuilder(context, root.Fork("calendar")).Build();
        // After the fillers, which top mail and meetings up to the persona's size from what ties left.
        foreach (var tie in network.ReviewTies) tieMail.Write(tie);

        var (folders, messages) = new MailFiling(context, root.Fork("filing")).File(context.Mailbox.BuildMessages());
        var events = context.Mailbox.BuildEvents();
        var contacts = new ContactBook(context, root.Fork("contacts")).Build();
        var truth = new GroundTruthBuilder(context).Build(messages, events);
        var name = string.Create(CultureInfo.InvariantCulture, $"{size.ToString().ToLowerInvariant()}{(account == MailboxKind.Personal ? " personal" : "")} persona, seed {seed}");
        return new MailboxSeed(name, owner.Mailbox, timeline.Now, contacts, messages, events, truth, folders);
    }
}
