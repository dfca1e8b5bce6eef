using NudgeService.Sandbox.MailboxLogs;
using NudgeService.Testing;
using Xunit.Abstractions;

namespace NudgeService.Integration.Tests.Sync;

/// <summary>Real executives' mailboxes, full of newsletters and of mail their assistants sent, replayed through the sandbox and synced.</summary>
[Collection(SyncEnvironment.Name)]
public sealed class EnronReplaySyncTests(ServiceEnvironment environment, ITestOutputHelper output)
{
    public static TheoryData<string, string[], string[], string[]> Mailboxes => new()
    {
        {
            "lay-k",
            ["rosalee.fleming@enron.com", "kenneth.lay@enron.com", "klay@enron.com", "ken.lay@enron.com"],
            ["enron.announcements@enron.com", "no.address@enron.com", "perfmgmt@enron.com", "news@rciinfo.com", "mailings@cnn.com", "email_newsletter@mail.house.gov"],
            ["mrslinda@lplpi.com", "elizabeth.lay@enron.com", "steven.kean@enron.com", "jeffrey.garten@yale.edu", "rob.bradley@enron.com"]
        },
        {
            "skilling-j",
            ["sherri.sera@enron.com", "joannie.williamson@enron.com", "jeff.skilling@enron.com", "jskilling@enron.com"],
            ["enron.announcements@enron.com", "no.address@enron.com", "office.chairman@enron.com", "outlook.team@enron.com", "general.announcement@enron.com"],
            ["markskilling@hotmail.com", "kenneth.lay@enron.com", "david.delainey@enron.com", "greg.whalley@enron.com", "jeffrey.shankman@enron.com"]
        },
    };

    [Theory]
    [MemberData(nameof(Mailboxes))]
    public async Task No_tie_is_made_with_an_assistant_an_own_address_or_a_newsletter(string owner, string[] assistantsAndOwn, string[] automated, string[] people)
    {
        var replay = MailboxLogReplay.Load(TestData.Path("enron", "mailboxes.csv.gz"), owner);
        await using var synced = await SyncedMailbox.ConnectAsync(environment, replay.Seed with { Name = owner + Guid.NewGuid().ToString("N")[..6] });
        var report = await synced.SyncAsync();

        var found = await synced.PeopleAsync();
        var ledger = await synced.LedgerAsync();
        output.WriteLine($"{owner}: {report.ItemsRead} items, {report.Ties} people, set aside {string.Join(", ", report.Filtered)}");
        Assert.All(assistantsAndOwn.Concat(automated), address => Assert.DoesNotContain(address, found));
        var seen = people.Where(address => ledger.Find(address) is not null).ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, address => Assert.Contains(address, found));
        Assert.Contains(automated, address => ledger.Find(address) is not null);
    }
}
