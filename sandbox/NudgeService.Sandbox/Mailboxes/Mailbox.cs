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
        LoadFolders(seed.Folders ?? []);
        LoadMessages(seed.Messages);
        LoadContacts(seed.Contacts);
        LoadEvents(seed.Events);
    }

    /// <summary>Stable key of the mailbox: the owner's object id.</summary>
    public string Key { get; }

    public MailboxSeed Seed { get; }

    public MailboxOwner Owner => Seed.Owner;

    public MailboxClock Clock { get; }

    /// <summary>Delta tokens issued before the current epoch are answered with <see cref="SyncStateLoss"/>.</summary>
    public int DeltaEpoch { get; private set; }

    /// <summary>How Graph tells a client that it forgot a delta token: a 4xx whose error code says so, not always 410.</summary>
    public SyncStateLoss SyncStateLoss { get; private set; } = SyncStateLoss.Default;

    public Watermark CurrentWatermark()
    {
        lock (gate)
        {
            return new Watermark(version, Clock.Now);
        }
    }

    public void ClearSyncStateLoss()
    {
        lock (gate)
        {
            SyncStateLoss = SyncStateLoss.Default;
        }
    }

    public void ExpireDeltaTokens(SyncStateLoss? answer = null)
    {
        lock (gate)
        {
            DeltaEpoch++;
            SyncStateLoss = answer ?? SyncStateLoss.Default;
        }
    }

    public string FormatId(char kind, long number) => ItemIds.Format(Key, kind, number);

    public bool TryParseId(string id, char kind, out long number) => ItemIds.TryParse(id, Key, kind, out number);
}

/// <summary>
/// The answer to a delta or skip token Graph no longer knows. Graph documents a 40X with an error
/// code such as syncStateNotFound or resyncRequired; the default is a 400, which a client testing for 410 alone misses.
/// </summary>
/// <param name="UntilCleared">Every token is refused, even those issued since, until the loss is cleared: a stream that cannot resume at all.</param>
public sealed record SyncStateLoss(int Status, string Code, bool UntilCleared = false)
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal) { "syncStateNotFound", "resyncRequired", "syncStateInvalid" };

    public static SyncStateLoss Default { get; } = new(400, "resyncRequired");
}
