namespace NudgeService.Sandbox.Mailboxes;

public sealed partial class Mailbox
{
    private readonly List<MailMessage> sentThroughGraph = [];

    /// <summary>Every message a client sent with sendMail, whether or not it was saved to Sent Items.</summary>
    public IReadOnlyList<MailMessage> SentThroughGraph
    {
        get
        {
            lock (gate) return sentThroughGraph.ToList();
        }
    }

    /// <summary>
    /// Sends as the owner at the mailbox clock: logged at once, and filed in Sent Items
    /// <paramref name="filedAfter"/> later (never when null). Until the clock reaches that time the
    /// message is invisible there, as any item dated after the clock.
    /// </summary>
    public MailMessage Send(string subject, MailBody body, IReadOnlyList<MailPerson> to, IReadOnlyList<MailPerson> cc, TimeSpan? filedAfter)
    {
        lock (gate)
        {
            var now = Clock.Now;
            MailMessage Create(long number) => new()
            {
                Number = number,
                Folder = MailFolder.SentItems,
                ReceivedAt = now + (filedAfter ?? TimeSpan.Zero),
                SentAt = now,
                From = Owner.AsPerson,
                Sender = Owner.AsPerson,
                To = to,
                Cc = cc,
                Subject = subject,
                ConversationNumber = 1_000_000_000 + number,
                Body = body,
            };
            var message = filedAfter is not null ? AddMessage(Create) : Create(++lastMessageNumber);
            sentThroughGraph.Add(message);
            return message;
        }
    }
}
