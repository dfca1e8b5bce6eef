using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>
/// Threads with 10–60 co-workers on copy, filling the mailbox up to the persona's volume: they
/// make up most of a big company's mail and tell little about relationships.
/// </summary>
internal sealed class LargeThreads(PersonaContext context, SeededRandom random)
{
    private static readonly TimeSpan ThreadSpan = TimeSpan.FromDays(4);

    private readonly PersonaOwner owner = context.Owner;
    private readonly MailboxDraft mailbox = context.Mailbox;
    private readonly IReadOnlyList<Tie> colleagues = context.Network.Colleagues;
    private readonly IReadOnlyList<MailPerson> staff = context.Network.StaffRoster;
    private readonly List<DateOnly> workingDays = WorkingDays(context.Timeline);
    private readonly HashSet<object> onThread = new(ReferenceEqualityComparer.Instance);

    /// <summary>Even a light mailbox gets a large thread every four weeks or so.</summary>
    private const double LeastThreadsPerWorkingDay = 0.05;

    public void Fill()
    {
        for (var i = (int)(workingDays.Count * LeastThreadsPerWorkingDay); i > 0; i--)
        {
            Write(random.Pick(workingDays));
        }
        for (var idle = 0; mailbox.MessageCount < context.Profile.TargetMessages && idle < 100;)
        {
            var before = mailbox.MessageCount;
            Write(random.Pick(workingDays));
            idle = mailbox.MessageCount == before ? idle + 1 : 0;
        }
    }

    private void Write(DateOnly day)
    {
        var language = context.OwnerLanguage;
        var start = WorkingHours.WorkTime(context.Timeline.Owner, day, random);
        var (speakers, everyone) = Participants(day, start + ThreadSpan, random.Next(10, 61));
        if (speakers.Count == 0) return;

        var subject = random.Pick(language.LargeThread);
        var conversation = mailbox.NewConversation();
        var originator = speakers[0];
        var length = Math.Min(25, 1 + (int)random.Exponential(5));
        var ownerTurn = random.Chance(0.2) ? random.Next(1, length + 1) : -1;
        var recipients = new List<(MailPerson Sender, MailPerson[] To)>();
        var at = start;
        for (var k = 0; k < length; k++)
        {
            var text = k == 0 ? subject : random.Chance(0.06) ? context.Forward(language, subject) : context.Reply(language, subject);
            if (k == ownerTurn)
            {
                mailbox.AddSent(at, owner.Primary, owner.Primary, RecipientsOf(owner.Primary, everyone, recipients), [], text, conversation);
            }
            else
            {
                var sender = k == 0 || random.Chance(0.25) ? originator : random.Pick(speakers);
                var folder = random.Chance(0.02) ? MailFolder.DeletedItems : MailFolder.Inbox;
                mailbox.AddReceived(at, random.Next(2, 120), sender.Person, RecipientsOf(sender.Person, everyone, recipients), [], text, conversation, folder);
            }
            at = WorkingHours.ReplyTime(at, context.Timeline.Owner, random, meanMinutes: 90);
            if (at - start > ThreadSpan - TimeSpan.FromHours(12)) break;
        }
    }

    /// <summary>Colleagues who may write in the thread, and everyone on it: the owner, those colleagues and silent staff.</summary>
    private (List<Tie> Speakers, MailPerson[] Everyone) Participants(DateOnly day, DateTimeOffset until, int size)
    {
        var speakers = new List<Tie>();
        var everyone = new List<MailPerson>(size + 1) { owner.Primary };
        onThread.Clear();
        for (var attempt = 0; attempt < size * 2 && everyone.Count <= size; attempt++)
        {
            if (random.Chance(0.5) && staff.Count > 0)
            {
                var person = random.Pick(staff);
                if (onThread.Add(person)) everyone.Add(person);
            }
            else
            {
                var tie = random.Pick(colleagues);
                if (tie.CanJoinOthers(day, until) && onThread.Add(tie))
                {
                    speakers.Add(tie);
                    everyone.Add(tie.Person);
                }
            }
        }
        return (speakers, everyone.ToArray());
    }

    /// <summary>Everyone on the thread but the sender; built once per sender and thread.</summary>
    private static MailPerson[] RecipientsOf(MailPerson sender, MailPerson[] everyone, List<(MailPerson Sender, MailPerson[] To)> built)
    {
        foreach (var (known, to) in built)
        {
            if (ReferenceEquals(known, sender)) return to;
        }
        var recipients = new MailPerson[everyone.Length - 1];
        var n = 0;
        foreach (var person in everyone)
        {
            if (!ReferenceEquals(person, sender) && n < recipients.Length) recipients[n++] = person;
        }
        built.Add((sender, recipients));
        return recipients;
    }

    private static List<DateOnly> WorkingDays(Timeline timeline)
    {
        var days = new List<DateOnly>();
        for (var day = timeline.FirstDay; day < timeline.MailEndDay; day = day.AddDays(1))
        {
            if (!Timeline.IsWeekend(day)) days.Add(day);
        }
        return days;
    }
}
