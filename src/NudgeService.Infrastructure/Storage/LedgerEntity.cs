using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using NudgeService.Domain.Ledger;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// A ledger row as a table entity. Entries are packed in 8 bytes each (item hash, day, kind and
/// signals, audience) so that two years of a busy tie fit one 64 KB property.
/// </summary>
internal static class LedgerEntity
{
    private const int EntrySize = 8;
    private static readonly DateOnly Epoch = new(2000, 1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity From(string userId, LedgerRow row) => new(userId, RowKeys.Escape(row.Key))
    {
        ["DisplayName"] = row.DisplayName,
        ["Addresses"] = JsonSerializer.Serialize(row.Addresses.Values, Json),
        ["Entries"] = Pack(row.Entries.Values),
        ["Upcoming"] = row.Upcoming.Count == 0 ? null : JsonSerializer.Serialize(row.Upcoming.Values.OrderBy(meeting => meeting.Start).ThenBy(meeting => meeting.Item), Json),
        ["Contact"] = row.Contact is null ? null : JsonSerializer.Serialize(row.Contact, Json),
        ["ContactChange"] = row.LastContactChange is null ? null : JsonSerializer.Serialize(row.LastContactChange, Json),
        ["LastMeeting"] = row.LastMeeting is null ? null : JsonSerializer.Serialize(row.LastMeeting, Json),
        ["ArchivedTouches"] = string.Join(',', row.ArchivedTouches),
    };

    public static LedgerRow ToRow(TableEntity entity)
    {
        var row = new LedgerRow(RowKeys.Unescape(entity.RowKey))
        {
            DisplayName = entity.GetString("DisplayName") ?? "",
            Contact = Read<ContactCard>(entity, "Contact"),
            LastContactChange = Read<ContactChange>(entity, "ContactChange"),
            LastMeeting = Read<Meeting>(entity, "LastMeeting"),
        };
        foreach (var use in Read<List<AddressUse>>(entity, "Addresses") ?? []) row.Addresses[use.Address] = use;
        foreach (var entry in Unpack(entity.GetBinary("Entries") ?? [])) row.Entries[entry.Item] = entry;
        foreach (var meeting in Read<List<UpcomingMeeting>>(entity, "Upcoming") ?? []) row.Upcoming[meeting.Item] = meeting;
        var archived = (entity.GetString("ArchivedTouches") ?? "0,0,0").Split(',');
        for (var kind = 0; kind < row.ArchivedTouches.Length && kind < archived.Length; kind++) row.ArchivedTouches[kind] = int.Parse(archived[kind], System.Globalization.CultureInfo.InvariantCulture);
        return row;
    }

    /// <summary>
    /// A digest of the entity's own properties, equal for an entity as read and as written: the keys
    /// and the service's properties are left out, and so are null properties, which are not stored.
    /// </summary>
    public static UInt128 Fingerprint(TableEntity entity)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, value) in entity.Where(property => property.Value is not null && property.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).OrderBy(property => property.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            switch (value is BinaryData data ? data.ToArray() : value)
            {
                case byte[] bytes: hash.AppendData([1]); hash.AppendData(BitConverter.GetBytes(bytes.Length)); hash.AppendData(bytes); break;
                default: hash.AppendData([2]); hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")); hash.AppendData([0]); break;
            }
        }
        return BinaryPrimitives.ReadUInt128BigEndian(hash.GetHashAndReset());
    }

    /// <summary>What the entity weighs in storage, near enough: its strings in UTF-16 and its bytes.</summary>
    public static long SizeOf(TableEntity entity) =>
        entity.Sum(property => Encoding.Unicode.GetByteCount(property.Key) + property.Value switch
        {
            string text => Encoding.Unicode.GetByteCount(text),
            byte[] bytes => bytes.Length,
            null => 0,
            _ => 8,
        });

    private static byte[] Pack(IEnumerable<LedgerEntry> entries)
    {
        var ordered = entries.OrderBy(entry => entry.Day).ThenBy(entry => entry.Item).ToList();
        var bytes = new byte[ordered.Count * EntrySize];
        for (var index = 0; index < ordered.Count; index++)
        {
            var slot = bytes.AsSpan(index * EntrySize, EntrySize);
            var entry = ordered[index];
            BinaryPrimitives.WriteUInt32BigEndian(slot, entry.Item);
            BinaryPrimitives.WriteUInt16BigEndian(slot[4..], (ushort)(entry.Day.DayNumber - Epoch.DayNumber));
            slot[6] = (byte)((byte)entry.Kind | (byte)entry.Signals << 4);
            slot[7] = entry.Audience;
        }
        return bytes;
    }

    private static IEnumerable<LedgerEntry> Unpack(byte[] bytes)
    {
        for (var offset = 0; offset + EntrySize <= bytes.Length; offset += EntrySize)
        {
            var slot = bytes.AsSpan(offset, EntrySize);
            yield return new LedgerEntry(
                BinaryPrimitives.ReadUInt32BigEndian(slot),
                DateOnly.FromDayNumber(Epoch.DayNumber + BinaryPrimitives.ReadUInt16BigEndian(slot[4..])),
                (EntryKind)(slot[6] & 0x0F),
                slot[7],
                (EntrySignals)(slot[6] >> 4));
        }
    }

    private static T? Read<T>(TableEntity entity, string property) where T : class =>
        entity.GetString(property) is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, Json) : null;
}
