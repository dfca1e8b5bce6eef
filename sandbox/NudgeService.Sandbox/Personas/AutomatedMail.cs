using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Personas;

/// <summary>Newsletters, notifications, orders and statements, calendar reminders, and bounces of the owner's mail.</summary>
internal sealed class AutomatedMail(PersonaContext context, SeededRandom random)
{
    private const double BounceRate = 0.004;
    private const double DeletedShare = 0.05;

    private readonly PersonaOwner owner = context.Owner;
    private readonly MailboxDraft mailbox = context.Mailbox;

    public void Write()
    {
        var senders = context.Network.AutomatedSenders;
        var totalShare = senders.Sum(sender => sender.Share);
        foreach (var sender in senders)
        {
            if (sender.Kind == AutomatedKind.MailerDaemon) Bounce(sender);
            else Write(sender, context.Profile.AutomatedMailsPerDay * sender.Share / totalShare);
        }
    }

    private void Write(AutomatedSender sender, double perDay)
    {
        var recipients = sender.ToPersonalAlias ? owner.PersonalAliasOnly : owner.PrimaryOnly;
        var clock = context.Timeline.Owner;
        for (var day = context.Timeline.FirstDay; day < context.Timeline.MailEndDay; day = day.AddDays(1))
        {
            var weekend = Timeline.IsWeekend(day);
            var expected = weekend && sender.Kind != AutomatedKind.Newsletter ? perDay * 0.2 : perDay;
            for (var n = random.Count(expected); n > 0; n--)
            {
                var at = sender.SendingHour is { } hour
                    ? clock.At(day, hour + random.Uniform(0, 0.25))
                    : weekend ? clock.At(day, random.Uniform(8, 22)) : WorkingHours.WorkTime(clock, day, random);
                mailbox.AddReceived(
                    at,
                    random.Next(1, 180),
                    sender.Person,
                    recipients,
                    [],
                    random.Pick(sender.Subjects),
                    mailbox.NewConversation(),
                    random.Chance(DeletedShare) ? MailFolder.DeletedItems : MailFolder.Inbox,
                    sender.InferenceClassification,
                    sender.Headers);
            }
        }
    }

    /// <summary>Non-delivery reports for a few of the owner's own messages, a minute or two after sending.</summary>
    private void Bounce(AutomatedSender daemon)
    {
        var prefix = context.OwnerLanguage.UndeliverablePrefix;
        var sentCount = mailbox.MessageCount;
        for (var i = 0; i < sentCount; i++)
        {
            var sent = mailbox.Messages[i];
            if (sent.Folder != MailFolder.SentItems || !ReferenceEquals(sent.Sender, owner.Primary) || !random.Chance(BounceRate)) continue;
            mailbox.AddReceived(
                sent.SentAt.AddMinutes(random.Uniform(0.5, 3)),
                random.Next(1, 5),
                daemon.Person,
                owner.PrimaryOnly,
                [],
                context.Prefixed.Of(prefix, sent.Subject),
                mailbox.NewConversation(),
                inferenceClassification: daemon.InferenceClassification,
                headers: daemon.Headers);
        }
    }
}
