using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph.Json;

/// <summary>microsoft.graph.mailFolder as the sandbox serves it.</summary>
public static class FolderJson
{
    /// <summary>The number behind the id of the root folder (msgfolderroot), parent of the top-level folders.</summary>
    public const long RootNumber = 99;

    public static readonly EntityShape Shape = EntityShape.Of("mailFolder",
        "id", "displayName", "parentFolderId", "childFolderCount", "unreadItemCount", "totalItemCount", "isHidden");

    public static void Write(Utf8JsonWriter writer, Mailbox mailbox, FolderNode folder, IReadOnlyList<FolderNode> all, Watermark at, IReadOnlySet<string>? select, bool inDelta)
    {
        var json = new EntityJson(writer, select);
        var id = mailbox.FormatId(ItemKinds.Folder, (long)folder.Folder);
        writer.WriteStartObject();
        if (inDelta) writer.WriteString("@odata.type", "#microsoft.graph.mailFolder");
        json.String("displayName", folder.DisplayName);
        json.String("parentFolderId", mailbox.FormatId(ItemKinds.Folder, folder.Parent is { } parent ? (long)parent : RootNumber));
        if (json.Wants("childFolderCount")) writer.WriteNumber("childFolderCount", all.Count(other => other.Parent == folder.Folder));
        if (json.Wants("unreadItemCount")) writer.WriteNumber("unreadItemCount", 0);
        if (json.Wants("totalItemCount")) writer.WriteNumber("totalItemCount", mailbox.MessageCount(folder.Folder, at));
        json.Bool("isHidden", false);
        writer.WriteString("id", id);
        writer.WriteEndObject();
    }
}
