using NudgeService.Cli.Ties;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;

namespace NudgeService.Domain.Tests.Cli;

public sealed class InteractionLogTests
{
    private const string Header = "owner,timestamp_utc,folder,from,to,cc,subject\n";

    [Fact]
    public void Sent_mail_touches_each_recipient_and_inbox_mail_its_sender_once()
    {
        var log = InteractionLog.Read(new StringReader(Header +
            "me@x.com,2001-01-02T10:00:00Z,sentitems,me@x.com,a@x.com;b@x.com,c@x.com,\"Hello, all\"\n" +
            "me@x.com,2001-01-02T10:00:00Z,sentitems,me@x.com,a@x.com;b@x.com,c@x.com,\"Hello, all\"\n" +
            "me@x.com,2001-01-03T10:00:00Z,inbox,A@x.com,me@x.com,,Re\n" +
            "me@x.com,2001-01-04T10:00:00Z,deleteditems,d@x.com,me@x.com,,Spam\n"));
        var contacts = log.ByOwner["me@x.com"];
        Assert.Equal(["a@x.com", "b@x.com", "c@x.com"], contacts.Keys.Order());
        Assert.Equal([TouchKind.MailFromUser, TouchKind.MailToUser], contacts["a@x.com"].Select(i => i.Kind));
        Assert.Equal(3, contacts["a@x.com"][0].Audience);
        Assert.Empty(log.Malformed);
    }

    [Fact]
    public void Malformed_rows_are_skipped_and_counted_with_their_line()
    {
        var log = InteractionLog.Read(new StringReader(Header +
            "me@x.com,not-a-date,inbox,a@x.com,me@x.com,,S\n" +
            "me@x.com,2001-01-03T10:00:00Z,inbox,a@x.com\n" +
            "me@x.com,2001-01-03T10:00:00Z,archive,a@x.com,me@x.com,,S\n" +
            "me@x.com,2001-01-03T10:00:00Z,inbox,b@x.com,me@x.com,,\"multi\nline\"\n" +
            "me@x.com,2001-01-05T10:00:00Z,inbox,a@x.com,me@x.com,,ok\n"));
        Assert.Equal(3, log.Malformed.Count);
        Assert.StartsWith("line 2:", log.Malformed[0]);
        Assert.Equal(2, log.ByOwner["me@x.com"].Count);
    }

    [Fact]
    public void A_log_with_thread_keys_in_place_of_subjects_reads_the_same_interactions()
    {
        const string rows =
            "me@x.com,2001-01-02T10:00:00Z,sentitems,me@x.com,a@x.com;b@x.com,c@x.com,{0}\n" +
            "me@x.com,2001-01-03T10:00:00Z,inbox,A@x.com,me@x.com,,{1}\n";
        var withSubjects = InteractionLog.Read(new StringReader(Header + string.Format(rows, "\"Hello, all\"", "\"Re: Hello, all\"")));
        var withThreads = InteractionLog.Read(new StringReader("owner,timestamp_utc,folder,from,to,cc,thread\n" + string.Format(rows, "1", "1")));

        Assert.Equal(withSubjects.ByOwner["me@x.com"].Keys.Order(), withThreads.ByOwner["me@x.com"].Keys.Order());
        Assert.Equal(withSubjects.ByOwner["me@x.com"]["a@x.com"], withThreads.ByOwner["me@x.com"]["a@x.com"]);
        Assert.Empty(withThreads.Malformed);
    }

    [Fact]
    public void A_file_without_the_expected_header_is_refused()
    {
        Assert.Throws<FormatException>(() => InteractionLog.Read(new StringReader("a,b,c\n")));
    }

    [Fact]
    public void Scores_are_written_with_the_documented_header_in_the_invariant_culture()
    {
        var log = InteractionLog.Read(new StringReader(Header + string.Concat(Enumerable.Range(0, 5).Select(i =>
            $"me@x.com,2001-01-{i * 5 + 1:00}T10:00:00Z,inbox,a@x.com,me@x.com,,S\n"))));
        var writer = new StringWriter();
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            TieScoreCsv.Write(writer, LogTieScoring.At(log, new DateOnly(2001, 3, 1), RelationshipSettings.Default));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(TieScoreCsv.Header, lines[0].TrimEnd('\r'));
        var fields = lines[1].TrimEnd('\r').Split(',');
        Assert.Equal(["me@x.com", "a@x.com", "2001-03-01"], fields[..3]);
        Assert.Equal("39", fields[6]);
        Assert.Matches(@"^0\.\d+$|^1$", fields[3]);
    }
}
