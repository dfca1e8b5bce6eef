namespace NudgeService.Sandbox.Mailboxes;

/// <summary>The folder hierarchy: the well-known folders, the owner's own (nested, renamed, moved, deleted as time goes).</summary>
public sealed partial class Mailbox
{
    private readonly SortedDictionary<long, StoredItem<FolderNode>> folderNodes = [];
    private readonly ChangeLog folderChanges = new();
    private long lastFolderNumber = (long)MailFolder.FirstUserFolder - 1;

    private void LoadFolders(IEnumerable<FolderNode> seeded)
    {
        foreach (var folder in MailFolders.WellKnown) folderNodes[(long)folder] = new StoredItem<FolderNode>(new FolderNode(folder, folder.DisplayName(), null), 0);
        foreach (var node in seeded)
        {
            if (node.Folder.IsWellKnown()) throw new ArgumentException($"Seeded folder {node.DisplayName} takes a well-known number.", nameof(seeded));
            folderNodes.Add((long)node.Folder, new StoredItem<FolderNode>(node, 0));
            lastFolderNumber = Math.Max(lastFolderNumber, (long)node.Folder);
        }
    }

    public FolderNode? FindFolder(MailFolder folder, Watermark at)
    {
        lock (gate)
        {
            return folderNodes.TryGetValue((long)folder, out var stored) && stored.ExistsAt(at.Version) ? stored.Item : null;
        }
    }

    /// <summary>Every folder that exists at <paramref name="at"/>, by number.</summary>
    public IReadOnlyList<FolderNode> Folders(Watermark at)
    {
        lock (gate)
        {
            return [.. folderNodes.Values.Where(stored => stored.ExistsAt(at.Version)).Select(stored => stored.Item)];
        }
    }

    /// <summary>Folders created, renamed, moved or deleted between two watermarks.</summary>
    public IReadOnlyList<ItemChange<FolderNode>> FolderChanges(Watermark since, Watermark at)
    {
        lock (gate)
        {
            return [.. new SortedSet<long>(folderChanges.NumbersChangedBetween(since.Version, at.Version))
                .Select(number => new ItemChange<FolderNode>(number, folderNodes[number].ExistsAt(at.Version) ? folderNodes[number].Item : null))];
        }
    }

    public FolderNode AddFolder(string displayName, MailFolder? parent)
    {
        lock (gate)
        {
            if (parent is { } under && !Exists(under)) throw new ArgumentException("The parent folder does not exist.", nameof(parent));
            var node = new FolderNode((MailFolder)(++lastFolderNumber), displayName, parent);
            folderNodes.Add((long)node.Folder, new StoredItem<FolderNode>(node, ++version));
            folderChanges.Record(version, (long)node.Folder);
            return node;
        }
    }

    /// <summary>Renames or moves a folder; a folder cannot move under itself.</summary>
    public FolderNode? UpdateFolder(MailFolder folder, string? displayName, MailFolder? parent, bool toRoot)
    {
        lock (gate)
        {
            if (!Exists(folder) || folder.IsWellKnown()) return null;
            var stored = folderNodes[(long)folder];
            var newParent = toRoot ? null : parent ?? stored.Item.Parent;
            for (var ancestor = newParent; ancestor is { } step; ancestor = folderNodes[(long)step].Item.Parent)
            {
                if (step == folder || !Exists(step)) return null;
            }
            stored.Item = stored.Item with { DisplayName = displayName ?? stored.Item.DisplayName, Parent = newParent };
            folderChanges.Record(++version, (long)folder);
            return stored.Item;
        }
    }

    /// <summary>Deletes a folder for good, with its subfolders and their mail.</summary>
    public bool DeleteFolder(MailFolder folder)
    {
        lock (gate)
        {
            if (!Exists(folder) || folder.IsWellKnown()) return false;
            var doomed = new HashSet<MailFolder> { folder };
            bool added;
            do
            {
                added = false;
                foreach (var stored in folderNodes.Values.Where(stored => stored.DeletedVersion == 0 && stored.Item.Parent is { } parent && doomed.Contains(parent)))
                {
                    added |= doomed.Add(stored.Item.Folder);
                }
            }
            while (added);
            ++version;
            foreach (var gone in doomed)
            {
                folderNodes[(long)gone].DeletedVersion = version;
                folderChanges.Record(version, (long)gone);
                foreach (var message in MessageList(gone).Where(stored => stored.DeletedVersion == 0))
                {
                    message.DeletedVersion = version;
                    messageChanges.Record(version, message.Item.Number);
                }
            }
            return true;
        }
    }

    private bool Exists(MailFolder folder) => folderNodes.TryGetValue((long)folder, out var stored) && stored.DeletedVersion == 0;
}
