using NudgeService.Sandbox.MailboxLogs;

namespace NudgeService.Sandbox.Tests.MailboxLogs;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,end\nlast");

        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b,c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\r\nline", "", "end"], records[1].Fields);
        Assert.Equal(["last"], records[2].Fields);
        Assert.All(records, record => Assert.True(record.WellFormed));
    }

    [Fact]
    public void Stray_and_unclosed_quotes_mark_the_record_malformed_without_losing_the_next_lines()
    {
        var records = ReadAll("x,ab\"c\ny,\"ok\"z\nz,\"never closed");

        Assert.Equal([false, false, false], records.Select(record => record.WellFormed));
        Assert.Equal(["x", "ab\"c"], records[0].Fields);
        Assert.Equal("y", records[1].Fields[0]);
        Assert.Equal(["z", "never closed"], records[2].Fields);
    }

    [Fact]
    public void An_empty_last_field_and_a_trailing_newline_read_as_expected()
    {
        var records = ReadAll("a,b,\n");

        Assert.Equal(["a", "b", ""], Assert.Single(records).Fields);
    }

    private static List<(List<string> Fields, bool WellFormed)> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<(List<string>, bool)>();
        var fields = new List<string>();
        while (reader.TryRead(fields, out var wellFormed)) records.Add((fields.ToList(), wellFormed));
        return records;
    }
}
