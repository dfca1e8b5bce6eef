namespace NudgeService.Sandbox.Mailboxes;

/// <summary>The well-known folders the sandbox serves; Graph accepts these names in place of folder ids.</summary>
public enum MailFolder
{
    Inbox,
    SentItems,
    DeletedItems,
    Drafts,
}

public static class MailFolders
{
    public static string WellKnownName(this MailFolder folder) => folder switch
    {
        MailFolder.Inbox => "inbox",
        MailFolder.SentItems => "sentitems",
        MailFolder.DeletedItems => "deleteditems",
        MailFolder.Drafts => "drafts",
        _ => throw new ArgumentOutOfRangeException(nameof(folder)),
    };

    public static string DisplayName(this MailFolder folder) => folder switch
    {
        MailFolder.Inbox => "Inbox",
        MailFolder.SentItems => "Sent Items",
        MailFolder.DeletedItems => "Deleted Items",
        MailFolder.Drafts => "Drafts",
        _ => throw new ArgumentOutOfRangeException(nameof(folder)),
    };

    public static bool TryParseWellKnownName(string name, out MailFolder folder)
    {
        foreach (var candidate in Enum.GetValues<MailFolder>())
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
