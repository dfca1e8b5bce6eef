namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// One served mailbox: its seeded content, what clients changed since (sent mail, drafts) and
/// what tests appended, with enough history to answer delta queries for any earlier watermark.
/// Seeded items dated after the clock stay invisible until the clock passes them.
/// </summary>
public sealed partial class Mailbox
{
    private readonly System.Threading.Lock gate = new();
    private long version;

    public Mailbox(MailboxSeed seed, TimeProvider realTime)
    {
        Seed = seed;
        Key = seed.Owner.ObjectId;
        Clock = new MailboxClock(seed.Now, realTime);
        LoadMessages(seed.Messages);
        LoadContacts(seed.Contacts);
        LoadEvents(seed.Events);
    }

    /// <summary>Stable key of the mailbox: the owner's object id.</summary>
    public string Key { get; }

    public MailboxSeed Seed { get; }

    public MailboxOwner Owner => Seed.Owner;

    public MailboxClock Clock { get; }

    /// <summary>Delta tokens issued before the current epoch answer 410 syncStateNotFound.</summary>
    public int DeltaEpoch { get; private set; }

    public Watermark CurrentWatermark()
    {
        lock (gate)
        {
            return new Watermark(version, Clock.Now);
        }
    }

    public void ExpireDeltaTokens()
    {
        lock (gate)
        {
            DeltaEpoch++;
        }
    }

    public string FormatId(char kind, long number) => ItemIds.Format(Key, kind, number);

    public bool TryParseId(string id, char kind, out long number) => ItemIds.TryParse(id, Key, kind, out number);
}
