using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Mail to distribution lists and the assistants' mail: to the owner, and on the owner's behalf.</summary>
internal sealed class OfficeMail(PersonaContext context, SeededRandom random)
{
    private readonly PersonaOwner owner = context.Owner;
    private readonly MailboxDraft mailbox = context.Mailbox;
    private readonly IReadOnlyList<Tie> colleagues = context.Network.Colleagues;

    public void Write()
    {
        var lists = context.Network.DistributionLists.Select(list => (IReadOnlyList<MailPerson>)[list]).ToList();
        var innerWorkTies = context.Network.Ties.Where(tie => tie.Layer <= 4 && tie.Circle != TieCircle.Personal).ToList();
        var assistants = context.Network.Assistants;
        for (var day = context.Timeline.FirstDay; day < context.Timeline.MailEndDay; day = day.AddDays(1))
        {
            if (Timeline.IsWeekend(day)) continue;
            for (var n = random.Count(context.Profile.DistributionListMailsPerWeek / 5); n > 0; n--)
            {
                WriteToList(day, lists[random.Chance(0.5) ? 0 : random.Next(lists.Count)]);
            }
            foreach (var assistant in assistants)
            {
                var perAssistant = context.Profile.AssistantMailsPerWeek / 5 / assistants.Count;
                for (var n = random.Count(perAssistant * 0.7); n > 0; n--) WriteFromAssistant(assistant, day);
                for (var n = random.Count(perAssistant * 0.3); n > 0; n--) WriteOnBehalf(assistant, day, innerWorkTies);
            }
        }
    }

    private void WriteToList(DateOnly day, IReadOnlyList<MailPerson> list)
    {
        var language = context.OwnerLanguage;
        var at = WorkingHours.WorkTime(context.Timeline.Owner, day, random);
        var author = EligibleColleague(day, at);
        if (author is null) return;
        var subject = random.Chance(0.7) ? random.Pick(language.Announcement) : random.Pick(language.LargeThread);
        var conversation = mailbox.NewConversation();
        mailbox.AddReceived(at, random.Next(2, 90), author.Person, list, [], subject, conversation, Deleted(0.03));
        for (var replies = random.Chance(0.3) ? random.Next(1, 3) : 0; replies > 0; replies--)
        {
            at = WorkingHours.ReplyTime(at, context.Timeline.Owner, random);
            var replier = EligibleColleague(day, at);
            if (replier is not null) mailbox.AddReceived(at, random.Next(2, 90), replier.Person, list, [], context.Reply(language, subject), conversation, Deleted(0.03));
        }
        if (random.Chance(0.05))
        {
            at = WorkingHours.ReplyTime(at, context.Timeline.Owner, random);
            mailbox.AddSent(at, owner.Primary, owner.Primary, list, [], context.Reply(language, subject), conversation);
        }
    }

    private void WriteFromAssistant(MailPerson assistant, DateOnly day)
    {
        var at = WorkingHours.WorkTime(context.Timeline.Owner, day, random);
        mailbox.AddReceived(at, random.Next(2, 30), assistant, owner.PrimaryOnly, [], random.Pick(context.OwnerLanguage.FromAssistant), mailbox.NewConversation());
    }

    /// <summary>Sent from the owner's address by the assistant: From is the owner, Sender the assistant.</summary>
    private void WriteOnBehalf(MailPerson assistant, DateOnly day, IReadOnlyList<Tie> innerWorkTies)
    {
        var at = WorkingHours.WorkTime(context.Timeline.Owner, day, random);
        var tie = random.Pick(innerWorkTies);
        if (!tie.CanJoinOthers(day, at.AddDays(1))) return;
        var subject = random.Pick(context.LanguageWith(tie).OnBehalf);
        mailbox.AddSent(at, owner.Primary, assistant, tie.PersonOnly, [], subject, mailbox.NewConversation());
    }

    private Tie? EligibleColleague(DateOnly day, DateTimeOffset until)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var candidate = random.Pick(colleagues);
            if (candidate.CanJoinOthers(day, until.AddDays(1))) return candidate;
        }
        return null;
    }

    private MailFolder Deleted(double share) => random.Chance(share) ? MailFolder.DeletedItems : MailFolder.Inbox;
}
