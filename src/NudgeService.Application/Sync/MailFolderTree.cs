namespace NudgeService.Application.Sync;

/// <summary>A mail folder as the hierarchy delta describes it.</summary>
/// <param name="ParentId">Null when its parent is not a folder Graph listed (the mailbox root).</param>
public sealed record MailFolderEntry(string Id, string? ParentId, string DisplayName);

/// <summary>
/// The user's mail folders and which of them hold conversations. Every folder is read (the
/// Inbox and its subfolders, the Archive, rule and nested folders, the user's own top-level
/// folders) except those whose mail says nothing about a relationship, with all their subfolders:
/// Deleted Items (what the user threw away; mail counted before it was deleted stays counted),
/// Junk Email (mostly strangers), Drafts and Outbox (not sent yet; sent mail is read in Sent Items),
/// Conversation History (Skype and Teams call and chat records, whose senders are not mail
/// correspondents) and Sync Issues (Outlook's conflict copies).
/// </summary>
public sealed class MailFolderTree
{
    /// <summary>The well-known folder names looked up once, to know which folder is which.</summary>
    public const string SentItems = "sentitems";

    public static readonly IReadOnlyList<string> Unread = ["deleteditems", "junkemail", "drafts", "outbox", "conversationhistory", "syncissues"];

    public static readonly IReadOnlyList<string> WellKnownNames = [SentItems, .. Unread];

    private readonly Dictionary<string, MailFolderEntry> folders;
    private readonly Dictionary<string, string> wellKnown;

    public MailFolderTree(IEnumerable<MailFolderEntry> folders, IReadOnlyDictionary<string, string> wellKnown)
    {
        this.folders = folders.ToDictionary(folder => folder.Id, StringComparer.Ordinal);
        var unknown = wellKnown.Keys.FirstOrDefault(name => !WellKnownNames.Contains(name));
        if (unknown is not null) throw new ArgumentException($"'{unknown}' is not a well-known folder the sync looks up.", nameof(wellKnown));
        this.wellKnown = new Dictionary<string, string>(wellKnown, StringComparer.Ordinal);
    }

    public static MailFolderTree Empty() => new([], new Dictionary<string, string>());

    public IReadOnlyCollection<MailFolderEntry> Folders => folders.Values;

    /// <summary>Well-known name → folder id, for the names whose folder the mailbox has.</summary>
    public IReadOnlyDictionary<string, string> WellKnown => wellKnown;

    /// <summary>Whether the well-known folders were already looked up (they never change id).</summary>
    public bool KnowsWellKnownFolders { get; private set; }

    public MailFolderTree Copy() => new(folders.Values, wellKnown) { KnowsWellKnownFolders = KnowsWellKnownFolders };

    public void LearnWellKnown(IReadOnlyDictionary<string, string> found)
    {
        foreach (var (name, id) in found) wellKnown[name] = id;
        KnowsWellKnownFolders = true;
    }

    /// <summary>Marks the well-known folders as looked up (a stored tree that holds them).</summary>
    public MailFolderTree AsLookedUp()
    {
        KnowsWellKnownFolders = true;
        return this;
    }

    public void Put(MailFolderEntry folder) => folders[folder.Id] = folder;

    public void Remove(string folderId) => folders.Remove(folderId);

    public bool IsSentItems(string folderId) => wellKnown.TryGetValue(SentItems, out var id) && id == folderId;

    /// <summary>Whether the folder exists and neither it nor any folder above it is one the sync leaves unread.</summary>
    public bool HoldsConversations(string folderId)
    {
        var unread = Unread.Select(name => wellKnown.GetValueOrDefault(name)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = folderId; id is not null; id = folders.GetValueOrDefault(id)?.ParentId)
        {
            if (unread.Contains(id) || !seen.Add(id)) return false;
            if (!folders.ContainsKey(id)) return id != folderId;
        }
        return true;
    }

    /// <summary>Every folder that holds conversations, by id.</summary>
    public IReadOnlyList<string> ConversationFolders() => [.. folders.Keys.Where(HoldsConversations).Order(StringComparer.Ordinal)];
}
