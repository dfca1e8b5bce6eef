namespace NudgeService.Sandbox.SendGrid;

/// <summary>Every message the mail-send endpoint accepted since the start or the last clear, oldest first.</summary>
public sealed class SendGridOutbox
{
    private readonly Lock gate = new();
    private readonly List<SentMessage> messages = [];

    public void Add(SentMessage message)
    {
        lock (gate) messages.Add(message);
    }

    public IReadOnlyList<SentMessage> All()
    {
        lock (gate) return messages.ToList();
    }

    public SentMessage? Find(string id)
    {
        lock (gate) return messages.Find(message => message.Id == id);
    }

    public void Clear()
    {
        lock (gate) messages.Clear();
    }
}
