using System.Buffers.Binary;
using System.Buffers.Text;

namespace NudgeService.Sandbox.Mailboxes;

/// <summary>
/// Opaque, URL-safe ids in the style of Exchange ("AAMk…"), derived from the mailbox and the
/// item number so that they are stable across restarts and never need to be stored.
/// </summary>
public static class ItemIds
{
    private const string Prefix = "AAMk";

    public static string Format(string mailboxKey, char kind, long number)
    {
        Span<byte> bytes = stackalloc byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, MailboxTag(mailboxKey));
        bytes[4] = (byte)kind;
        BinaryPrimitives.WriteInt64BigEndian(bytes[5..], number);
        return Prefix + Base64Url.EncodeToString(bytes);
    }

    public static bool TryParse(string id, string mailboxKey, char kind, out long number)
    {
        number = 0;
        if (!id.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        Span<byte> bytes = stackalloc byte[16];
        if (!Base64Url.TryDecodeFromChars(id.AsSpan(Prefix.Length), bytes, out var written) || written != 13) return false;
        if (BinaryPrimitives.ReadUInt32BigEndian(bytes) != MailboxTag(mailboxKey) || bytes[4] != (byte)kind) return false;
        number = BinaryPrimitives.ReadInt64BigEndian(bytes[5..]);
        return true;
    }

    /// <summary>FNV-1a: stable across processes, unlike string.GetHashCode.</summary>
    private static uint MailboxTag(string mailboxKey)
    {
        var hash = 2166136261u;
        foreach (var c in mailboxKey)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}

public static class ItemKinds
{
    public const char Message = 'M';
    public const char Event = 'E';
    public const char Contact = 'C';
    public const char Folder = 'F';
    public const char Conversation = 'V';
}
