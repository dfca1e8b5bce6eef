using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>
/// Replays a real interaction log (one row per message per mailbox owner: owner, timestamp_utc,
/// folder, from, to, cc, and subject or thread) as the mailbox of one of its owners. A log with a
/// thread column in place of the subject (the logs kept in the repository) groups messages by that
/// key and gives them no subject. The file may be gzip-compressed.
/// </summary>
public static class MailboxLogReplay
{
    private static readonly string[] Columns = ["owner", "timestamp_utc", "folder", "from", "to", "cc", "subject"];
    private const string ThreadColumn = "thread";
    private const int OwnersNamedInErrors = 20;

    /// <summary>The owner's mailbox; rows that cannot become messages are skipped and counted, never thrown.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="csvPath"/>.</exception>
    /// <exception cref="ArgumentException">The log has no row of <paramref name="owner"/>; the message names owners it has.</exception>
    /// <exception cref="InvalidDataException">The header lacks one of the columns.</exception>
    public static MailboxLogReplayResult Load(string csvPath, string owner)
    {
        var rows = new List<LogRow>();
        var owners = new List<string>();
        var seenOwners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var addresses = new OwnerAddresses(owner);
        var people = new Dictionary<string, MailPerson>(StringComparer.Ordinal);
        int ownerRows = 0, malformed = 0, badDate = 0, emptyFrom = 0, unknownFolder = 0;

        using (var reader = LogFiles.OpenText(csvPath))
        {
            var csv = new CsvRecordReader(reader);
            var fields = new List<string>(8);
            var (index, hasThreads) = ReadHeader(csv, fields, csvPath);
            var columnCount = fields.Count;
            while (csv.TryRead(fields, out var wellFormed))
            {
                if (fields.Count <= index[0] || fields.Count == 1 && fields[0].Length == 0) continue;
                var rowOwner = fields[index[0]];
                if (seenOwners.Add(rowOwner)) owners.Add(rowOwner);
                if (!string.Equals(rowOwner, owner, StringComparison.OrdinalIgnoreCase)) continue;
                ownerRows++;
                if (!wellFormed || fields.Count != columnCount)
                {
                    malformed++;
                    continue;
                }
                if (!TryParseTimestamp(fields[index[1]], out var at))
                {
                    badDate++;
                    continue;
                }
                var from = fields[index[3]].Trim().ToLowerInvariant();
                if (from.Length == 0)
                {
                    emptyFrom++;
                    continue;
                }
                if (!TryParseFolder(fields[index[2]], out var folder))
                {
                    unknownFolder++;
                    continue;
                }
                var to = Recipients(fields[index[4]], people);
                var cc = Recipients(fields[index[5]], people);
                if (folder == MailFolder.SentItems)
                {
                    addresses.CountSender(from);
                }
                else
                {
                    foreach (var recipient in to) addresses.CountNamed(recipient.Address);
                    foreach (var recipient in cc) addresses.CountNamed(recipient.Address);
                }
                var last = fields[index[6]];
                var (subject, thread) = hasThreads ? ("", last.Trim()) : (last, ThreadKey.FromSubject(last));
                rows.Add(new LogRow(rows.Count, at, folder, Person(from, people), to, cc, subject, thread));
            }
        }

        if (ownerRows == 0)
        {
            var named = string.Join(", ", owners.Take(OwnersNamedInErrors));
            var more = owners.Count > OwnersNamedInErrors ? $" and {owners.Count - OwnersNamedInErrors} more" : "";
            throw new ArgumentException($"{csvPath} has no rows of owner '{owner}'. Owners in the log: {named}{more}.", nameof(owner));
        }

        var ownerAddresses = addresses.Resolve();
        var seed = Build(owner, ownerAddresses.Count > 0 ? ownerAddresses : [$"{owner.ToLowerInvariant()}@unknown.invalid"], rows, people);
        return new MailboxLogReplayResult(seed, ownerRows, new MailboxLogSkips(malformed, badDate, emptyFrom, unknownFolder));
    }

    private static MailboxSeed Build(string ownerName, IReadOnlyList<string> ownerAddresses, List<LogRow> rows, Dictionary<string, MailPerson> people)
    {
        rows.Sort((left, right) => left.At != right.At ? left.At.CompareTo(right.At) : left.Order.CompareTo(right.Order));
        var primary = ownerAddresses[0];
        var displayName = AddressNames.FromAddress(primary);
        var (givenName, surname) = AddressNames.Split(displayName);
        var owner = new MailboxOwner(
            ObjectId: StableGuid("owner:" + ownerName.ToLowerInvariant()),
            TenantId: StableGuid("tenant:" + primary[(primary.IndexOf('@') + 1)..]),
            DisplayName: displayName,
            GivenName: givenName,
            Surname: surname,
            Address: primary,
            Aliases: [.. ownerAddresses.Skip(1)],
            TimeZone: "Central Standard Time",
            Locale: "en-US");

        var conversations = new Dictionary<string, long>(StringComparer.Ordinal);
        var lastConversation = 0L;
        var contacts = new List<Contact>();
        var hasContact = new HashSet<string>(StringComparer.Ordinal);
        var messages = new MailMessage[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var thread = row.Thread;
            if (thread.Length == 0 || !conversations.TryGetValue(thread, out var conversation))
            {
                conversation = ++lastConversation;
                if (thread.Length > 0) conversations.Add(thread, conversation);
            }
            messages[i] = new MailMessage
            {
                Number = i + 1,
                Folder = row.Folder,
                SentAt = row.At,
                ReceivedAt = row.At,
                From = row.From,
                Sender = row.From,
                To = row.To,
                Cc = row.Cc,
                Subject = row.Subject,
                ConversationNumber = conversation,
            };
            if (row.Folder != MailFolder.SentItems) continue;
            foreach (var recipient in row.To.Concat(row.Cc))
            {
                if (owner.Owns(recipient.Address) || !hasContact.Add(recipient.Address)) continue;
                var (given, family) = AddressNames.Split(recipient.Name);
                contacts.Add(new Contact
                {
                    Number = contacts.Count + 1,
                    CreatedAt = row.At,
                    Revisions = [new ContactRevision(row.At, new ContactCard(given, family, [recipient]))],
                });
            }
        }
        var now = rows.Count > 0 ? rows[^1].At.AddMinutes(1) : DateTimeOffset.UnixEpoch;
        return new MailboxSeed(ownerName, owner, now, contacts, messages, []);
    }

    /// <summary>Column positions in the order of <see cref="Columns"/>, the last one the thread column when the log has one.</summary>
    private static (int[] Index, bool HasThreads) ReadHeader(CsvRecordReader csv, List<string> fields, string csvPath)
    {
        if (!csv.TryRead(fields, out _)) throw new InvalidDataException($"{csvPath} is empty.");
        var header = fields.Select(name => name.Trim().ToLowerInvariant()).ToList();
        var hasThreads = header.Contains(ThreadColumn) && !header.Contains(Columns[^1]);
        var index = Columns.Select(column => header.IndexOf(hasThreads && column == Columns[^1] ? ThreadColumn : column)).ToArray();
        var missing = Columns.Where((_, i) => index[i] < 0).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{csvPath} lacks the column(s) {string.Join(", ", missing)}; expected {string.Join(",", Columns)} (or {ThreadColumn} in place of {Columns[^1]}).");
        return (index, hasThreads);
    }

    private static bool TryParseTimestamp(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);

    private static bool TryParseFolder(string text, out MailFolder folder) =>
        MailFolders.TryParseWellKnownName(text.Trim(), out folder) && folder is MailFolder.Inbox or MailFolder.SentItems or MailFolder.DeletedItems;

    private static IReadOnlyList<MailPerson> Recipients(string field, Dictionary<string, MailPerson> people)
    {
        if (string.IsNullOrWhiteSpace(field)) return [];
        var recipients = new List<MailPerson>();
        foreach (var part in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var person = Person(part.ToLowerInvariant(), people);
            if (!recipients.Contains(person)) recipients.Add(person);
        }
        return recipients;
    }

    /// <summary>One shared instance per address: a log repeats the same people thousands of times.</summary>
    private static MailPerson Person(string address, Dictionary<string, MailPerson> people)
    {
        if (!people.TryGetValue(address, out var person))
        {
            person = new MailPerson(AddressNames.FromAddress(address), address);
            people.Add(address, person);
        }
        return person;
    }

    /// <summary>A GUID from a name: the same log always yields the same ids.</summary>
    private static string StableGuid(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[7] = (byte)(bytes[7] & 0x0F | 0x50);
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return new Guid(bytes).ToString();
    }

    private sealed record LogRow(int Order, DateTimeOffset At, MailFolder Folder, MailPerson From, IReadOnlyList<MailPerson> To, IReadOnlyList<MailPerson> Cc, string Subject, string Thread);
}
