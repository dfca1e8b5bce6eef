namespace NudgeService.Application.Sync;

/// <summary>What a delta stream follows.</summary>
public enum StreamKind
{
    Contacts,
    Calendar,
    /// <summary>The mail folder hierarchy (mailFolders delta): which folders exist, where, under what name.</summary>
    Folders,
    /// <summary>A folder's mail received (Inbox, Archive, the user's own folders).</summary>
    ReceivedMail,
    /// <summary>Sent Items.</summary>
    SentMail,
}

/// <summary>One Graph delta stream: the contacts, the calendar, the folder hierarchy, or one mail folder (delta is per folder).</summary>
public readonly record struct MailboxStream
{
    private MailboxStream(StreamKind kind, string? folderId)
    {
        if ((kind is StreamKind.ReceivedMail or StreamKind.SentMail) != (folderId is not null)) throw new ArgumentException("Mail streams, and only they, belong to a folder.", nameof(folderId));
        Kind = kind;
        FolderId = folderId;
    }

    public static MailboxStream Contacts { get; } = new(StreamKind.Contacts, null);

    public static MailboxStream Calendar { get; } = new(StreamKind.Calendar, null);

    public static MailboxStream Folders { get; } = new(StreamKind.Folders, null);

    public StreamKind Kind { get; }

    /// <summary>The Graph id of the mail folder; null for the other streams.</summary>
    public string? FolderId { get; }

    public bool IsMail => FolderId is not null;

    public static MailboxStream Mail(string folderId, bool sentItems) => new(sentItems ? StreamKind.SentMail : StreamKind.ReceivedMail, folderId);

    public override string ToString() => FolderId is null ? Kind.ToString() : $"{Kind}:{FolderId}";
}
