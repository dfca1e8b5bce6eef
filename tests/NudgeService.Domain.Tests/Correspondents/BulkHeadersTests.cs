using NudgeService.Domain.Correspondents;

namespace NudgeService.Domain.Tests.Correspondents;

public sealed class BulkHeadersTests
{
    [Theory]
    [InlineData("List-Unsubscribe", "<https://news.example.com/u>")]
    [InlineData("list-id", "<news.example.com>")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "List")]
    [InlineData("Precedence", "junk")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Auto-Submitted", "auto-replied; owner-email=\"a@b.c\"")]
    public void Marks_mail_bulk_when_a_sender_declared_it_so(string name, string value) =>
        Assert.True(BulkHeaders.IsBulk([KeyValuePair.Create(name, value)]));

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("Auto-Submitted", " No (sent by a person)")]
    [InlineData("Precedence", "first-class")]
    [InlineData("List-Unsubscribe", " ")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    [InlineData("X-Mailer", "Microsoft Outlook 16.0")]
    public void Leaves_person_to_person_mail_alone(string name, string value) =>
        Assert.False(BulkHeaders.IsBulk([KeyValuePair.Create(name, value)]));

    [Fact]
    public void Mail_without_headers_is_not_bulk() => Assert.False(BulkHeaders.IsBulk([]));

    [Fact]
    public void Names_to_fetch_cover_every_header_the_test_reads()
    {
        Assert.Equal(["List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted"], BulkHeaders.Names);
        Assert.All(BulkHeaders.Names, name => Assert.True(BulkHeaders.IsBulk([KeyValuePair.Create(name, name == "Auto-Submitted" ? "auto-generated" : "bulk")])));
    }
}
