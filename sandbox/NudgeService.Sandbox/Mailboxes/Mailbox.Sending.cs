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

    /// <summary>Sends as the owner at the mailbox clock: logged, and filed in Sent Items when asked to.</summary>
    public MailMessage Send(string subject, MailBody body, IReadOnlyList<MailPerson> to, IReadOnlyList<MailPerson> cc, bool saveToSentItems)
    {
        lock (gate)
        {
            var now = Clock.Now;
            MailMessage Create(long number) => new()
            {
                Number = number,
                Folder = MailFolder.SentItems,
                ReceivedAt = now,
                SentAt = now,
                From = Owner.AsPerson,
                Sender = Owner.AsPerson,
                To = to,
                Cc = cc,
                Subject = subject,
                ConversationNumber = 1_000_000_000 + number,
                Body = body,
            };
            var message = saveToSentItems ? AddMessage(Create) : Create(++lastMessageNumber);
            sentThroughGraph.Add(message);
            return message;
        }
    }
}
