namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// A mail folder of a mailbox. The named values are Outlook's well-known folders, which Graph also
/// accepts by name in place of an id; folders the owner created take numbers from <see cref="FirstUserFolder"/> on.
/// </summary>
public enum MailFolder
{
    Inbox,
    SentItems,
    DeletedItems,
    Drafts,
    JunkEmail,
    Outbox,
    Archive,
    ConversationHistory,
    FirstUserFolder = 100,
}

public static class MailFolders
{
    /// <summary>The well-known folders every mailbox has, in the order Outlook lists them.</summary>
    public static readonly IReadOnlyList<MailFolder> WellKnown =
        [MailFolder.Inbox, MailFolder.Drafts, MailFolder.SentItems, MailFolder.DeletedItems, MailFolder.JunkEmail, MailFolder.Outbox, MailFolder.Archive, MailFolder.ConversationHistory];

    public static bool IsWellKnown(this MailFolder folder) => folder < MailFolder.FirstUserFolder;

    public static string WellKnownName(this MailFolder folder) => folder switch
    {
        MailFolder.Inbox => "inbox",
        MailFolder.SentItems => "sentitems",
        MailFolder.DeletedItems => "deleteditems",
        MailFolder.Drafts => "drafts",
        MailFolder.JunkEmail => "junkemail",
        MailFolder.Outbox => "outbox",
        MailFolder.Archive => "archive",
        MailFolder.ConversationHistory => "conversationhistory",
        _ => throw new ArgumentOutOfRangeException(nameof(folder), "Only well-known folders have a well-known name."),
    };

    public static string DisplayName(this MailFolder folder) => folder switch
    {
        MailFolder.Inbox => "Inbox",
        MailFolder.SentItems => "Sent Items",
        MailFolder.DeletedItems => "Deleted Items",
        MailFolder.Drafts => "Drafts",
        MailFolder.JunkEmail => "Junk Email",
        MailFolder.Outbox => "Outbox",
        MailFolder.Archive => "Archive",
        MailFolder.ConversationHistory => "Conversation History",
        _ => throw new ArgumentOutOfRangeException(nameof(folder), "A folder the owner created is named in the mailbox's folder tree."),
    };

    public static bool TryParseWellKnownName(string name, out MailFolder folder)
    {
        foreach (var candidate in WellKnown)
        {
            if (string.Equals(candidate.WellKnownName(), name, StringComparison.OrdinalIgnoreCase))
            {
                folder = candidate;
                return true;
            }
        }
        folder = default;
        return false;
    }
}

/// <summary>A folder as the mailbox's hierarchy holds it; <paramref name="Parent"/> null means directly under the root.</summary>
public sealed record FolderNode(MailFolder Folder, string DisplayName, MailFolder? Parent);
