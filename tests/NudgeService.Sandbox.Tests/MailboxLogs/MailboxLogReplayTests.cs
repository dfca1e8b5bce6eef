using NudgeService.Sandbox.MailboxLogs;
using NudgeService.Sandbox.Mailboxes;
using NudgeService.Testing;

namespace NudgeService.Sandbox.Tests.MailboxLogs;

public sealed class MailboxLogReplayTests
{
    private const string Header = "owner,timestamp_utc,folder,from,to,cc,subject";

    private static string EnronMailboxes => TestData.Path("enron", "mailboxes.csv.gz");

    [Fact]
    public void Skilling_mailbox_belongs_to_him_not_to_the_assistants_who_sent_most_of_it()
    {
        var replay = MailboxLogReplay.Load(EnronMailboxes, "skilling-j");
        var seed = replay.Seed;

        Assert.Equal("jeff.skilling@enron.com", seed.Owner.Address);
        Assert.Equal("Jeff Skilling", seed.Owner.DisplayName);
        Assert.Contains("jskilli@enron.com", seed.Owner.Aliases);
        Assert.DoesNotContain("sherri.sera@enron.com", seed.Owner.Aliases);
        Assert.Equal("Central Standard Time", seed.Owner.TimeZone);
        Assert.Equal("en-US", seed.Owner.Locale);
        Assert.InRange(seed.Messages.Count(message => message.Folder == MailFolder.Inbox), 3_000, 3_600);
        Assert.InRange(seed.Messages.Count(message => message.Folder == MailFolder.SentItems), 250, 400);
        Assert.InRange(seed.Messages.Count(message => message.Folder == MailFolder.DeletedItems), 400, 600);
        Assert.Equal(replay.OwnerRows - replay.Skipped.Total, seed.Messages.Count);
        Assert.Equal(seed.Messages.Max(message => message.ReceivedAt).AddMinutes(1), seed.Now);
        Assert.InRange(seed.Contacts.Count, 300, 3_000);
        Assert.Empty(seed.Events);
        Assert.Null(seed.GroundTruth);
    }

    [Fact]
    public void Lay_mailbox_loads_with_his_address_and_aliases()
    {
        var seed = MailboxLogReplay.Load(EnronMailboxes, "lay-k").Seed;

        Assert.Equal("kenneth.lay@enron.com", seed.Owner.Address);
        Assert.Contains("klay@enron.com", seed.Owner.Aliases);
        Assert.InRange(seed.Messages.Count, 5_000, 6_500);
    }

    [Fact]
    public void Contacts_are_the_people_the_owner_wrote_to_once_each()
    {
        var seed = MailboxLogReplay.Load(EnronMailboxes, "skilling-j").Seed;
        var written = seed.Messages.Where(message => message.Folder == MailFolder.SentItems)
            .SelectMany(message => message.To.Concat(message.Cc))
            .Select(person => person.Address)
            .Where(address => !seed.Owner.Owns(address))
            .ToHashSet();
        var contactAddresses = seed.Contacts.Select(contact => contact.Revisions[0].Card.EmailAddresses.Single().Address).ToList();

        Assert.Equal(written.Order(), contactAddresses.Order());
        Assert.Contains(seed.Contacts, contact => contact.Revisions[0].Card.DisplayName == "Kenneth Lay");
        Assert.All(seed.Contacts, contact => Assert.True(contact.CreatedAt < seed.Now));
    }

    [Fact]
    public void A_log_whose_owner_column_is_an_address_uses_it()
    {
        var seed = MailboxLogReplay.Load(TestData.Path("enron", "perry-wolfe-dev.csv.gz"), "jeff.skilling@enron.com").Seed;

        Assert.Equal("jeff.skilling@enron.com", seed.Owner.Address);
        Assert.NotEmpty(seed.Messages);
    }

    [Fact]
    public void Loading_twice_gives_the_same_ids_and_order()
    {
        var first = MailboxLogReplay.Load(EnronMailboxes, "skilling-j").Seed;
        var second = MailboxLogReplay.Load(EnronMailboxes, "skilling-j").Seed;

        Assert.Equal(first.Owner.ObjectId, second.Owner.ObjectId);
        Assert.True(Guid.TryParse(first.Owner.ObjectId, out _));
        Assert.Equal(
            first.Messages.Select(message => (message.Number, message.ReceivedAt, message.From.Address, message.ConversationNumber)),
            second.Messages.Select(message => (message.Number, message.ReceivedAt, message.From.Address, message.ConversationNumber)));
        Assert.Equal(Enumerable.Range(1, first.Messages.Count).Select(n => (long)n), first.Messages.Select(message => message.Number));
    }

    [Fact]
    public void Bad_rows_are_skipped_and_counted_and_quoted_fields_keep_their_commas_and_quotes()
    {
        var path = WriteLog(
            Header,
            "ann,2001-05-01T10:00:00Z,sentitems,ann.smith@corp.com,bob.jones@corp.com;carl@corp.com,,\"Budget, final \"\"v2\"\"\"",
            "ann,2001-05-01T11:00:00Z,inbox,Bob.Jones@corp.com,ann.smith@corp.com,,\"RE: Budget, final \"\"v2\"\"\"",
            "ann,2001-05-02T09:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,\"two\nlines\"",
            "ann,2001-05-03T09:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,bro\"ken",
            "ann,2001-05-03T09:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com",
            "ann,yesterday,inbox,bob.jones@corp.com,ann.smith@corp.com,,no date",
            "ann,2001-05-04T09:00:00Z,inbox,,ann.smith@corp.com,,no sender",
            "ann,2001-05-04T09:00:00Z,outbox,bob.jones@corp.com,ann.smith@corp.com,,no folder",
            "zed,2001-05-05T09:00:00Z,inbox,x@corp.com,zed@corp.com,,someone else's");
        try
        {
            var replay = MailboxLogReplay.Load(path, "ann");
            var messages = replay.Seed.Messages;

            Assert.Equal(new MailboxLogSkips(Malformed: 2, UnparseableDate: 1, EmptyFrom: 1, UnknownFolder: 1), replay.Skipped);
            Assert.Equal(8, replay.OwnerRows);
            Assert.Equal(3, messages.Count);
            Assert.Equal("Budget, final \"v2\"", messages[0].Subject);
            Assert.Equal("two\nlines", messages[2].Subject);
            Assert.Equal(messages[0].ConversationNumber, messages[1].ConversationNumber);
            Assert.NotEqual(messages[0].ConversationNumber, messages[2].ConversationNumber);
            Assert.Equal("ann.smith@corp.com", replay.Seed.Owner.Address);
            Assert.Equal("bob.jones@corp.com", messages[1].From.Address);
            Assert.Equal("Bob Jones", messages[1].From.Name);
            Assert.Equal(["Bob Jones", "Carl"], replay.Seed.Contacts.Select(contact => contact.Revisions[0].Card.DisplayName));
            Assert.Equal(new DateTimeOffset(2001, 5, 2, 9, 1, 0, TimeSpan.Zero), replay.Seed.Now);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_log_with_thread_keys_groups_messages_by_key_and_keeps_no_subject()
    {
        var path = WriteLog(
            "owner,timestamp_utc,folder,from,to,cc,thread",
            "ann,2001-05-01T10:00:00Z,sentitems,ann.smith@corp.com,bob.jones@corp.com,,17",
            "ann,2001-05-01T11:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,17",
            "ann,2001-05-02T09:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,18",
            "ann,2001-05-02T10:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,",
            "ann,2001-05-02T11:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,");
        try
        {
            var messages = MailboxLogReplay.Load(path, "ann").Seed.Messages;

            Assert.Equal(5, messages.Count);
            Assert.All(messages, message => Assert.Equal("", message.Subject));
            Assert.Equal(messages[0].ConversationNumber, messages[1].ConversationNumber);
            Assert.Equal(5 - 1, messages.Select(message => message.ConversationNumber).Distinct().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_gzip_compressed_log_replays_as_the_same_log_uncompressed()
    {
        var plain = WriteLog(
            Header,
            "ann,2001-05-01T10:00:00Z,sentitems,ann.smith@corp.com,bob.jones@corp.com;carl@corp.com,,\"Budget, final\"",
            "ann,2001-05-01T11:00:00Z,inbox,bob.jones@corp.com,ann.smith@corp.com,,RE: Budget");
        var compressed = plain + ".gz";
        try
        {
            using (var source = File.OpenRead(plain))
            using (var target = new System.IO.Compression.GZipStream(File.Create(compressed), System.IO.Compression.CompressionLevel.Optimal))
            {
                source.CopyTo(target);
            }

            var expected = MailboxLogReplay.Load(plain, "ann").Seed;
            var actual = MailboxLogReplay.Load(compressed, "ann").Seed;

            Assert.Equal(2, actual.Messages.Count);
            Assert.Equal(
                expected.Messages.Select(message => (message.ReceivedAt, message.From.Address, message.Subject, message.ConversationNumber, string.Join(';', message.To.Select(person => person.Address)))),
                actual.Messages.Select(message => (message.ReceivedAt, message.From.Address, message.Subject, message.ConversationNumber, string.Join(';', message.To.Select(person => person.Address)))));
        }
        finally
        {
            File.Delete(plain);
            File.Delete(compressed);
        }
    }

    [Fact]
    public void An_unknown_owner_throws_naming_the_owners_available()
    {
        var exception = Assert.Throws<ArgumentException>(() => MailboxLogReplay.Load(EnronMailboxes, "fastow-a"));

        Assert.Contains("fastow-a", exception.Message);
        Assert.Contains("lay-k", exception.Message);
        Assert.Contains("skilling-j", exception.Message);
    }

    [Fact]
    public void A_missing_file_throws_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-log-{Guid.NewGuid():N}.csv");

        var exception = Assert.Throws<FileNotFoundException>(() => MailboxLogReplay.Load(missing, "lay-k"));

        Assert.Contains(missing, exception.Message);
    }

    private static string WriteLog(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mailbox-log-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }
}
