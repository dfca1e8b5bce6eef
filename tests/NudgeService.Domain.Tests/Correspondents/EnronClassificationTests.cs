using NudgeService.Domain.Correspondents;
using NudgeService.Sandbox.MailboxLogs;
using NudgeService.Testing;
using Xunit.Abstractions;

namespace NudgeService.Domain.Tests.Correspondents;

/// <summary>
/// The classifier on two real executives' mailboxes, replayed through the sandbox. The owner is
/// known by the primary address only, as a profile gives it; every other expectation was checked
/// by hand in the data (subjects, who wrote back).
/// </summary>
public sealed class EnronClassificationTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[], string[], string[], string[]> Mailboxes => new()
    {
        {
            "lay-k",
            ["kenneth.lay@enron.com", "klay@enron.com", "ken.lay@enron.com"],
            ["rosalee.fleming@enron.com"],
            ["no.address@enron.com", "enron.announcements@enron.com", "perfmgmt@enron.com", "40enron@enron.com", "svarga@kudlow.com", "news@rciinfo.com",
             "info@rlcnet.org", "event@aei.org", "enron_update@concureworkplace.com", "counciloftheamericas@as-coa.org", "email_newsletter@mail.house.gov",
             "mailings@cnn.com", "unwire-listadmin@client-mail.com", "bounce-brookings_alert-25465@www.brook.edu", "dl-ga-all_enron_worldwide1@enron.com"],
            ["mrslinda@lplpi.com", "elizabeth.lay@enron.com", "mark.lay@enron.com", "beau@layfam.com", "robyn@layfam.com", "jeffrey.garten@yale.edu",
             "rob.bradley@enron.com", "joe.hillings@enron.com", "steven.kean@enron.com", "stelzer@aol.com", "lizard_ar@yahoo.com", "cindy.olson@enron.com"]
        },
        {
            "skilling-j",
            ["jeff.skilling@enron.com", "jeff_skilling@enron.com", "jskilli@enron.com"],
            ["sherri.sera@enron.com", "joannie.williamson@enron.com"],
            ["no.address@enron.com", "enron.announcements@enron.com", "perfmgmt@enron.com", "40enron@enron.com", "svarga@kudlow.com",
             "office.chairman@enron.com", "outlook.team@enron.com", "petroleumworldnews11@hotmail.com", "all.worldwide@enron.com", "general.announcement@enron.com"],
            ["markskilling@hotmail.com", "tomskilljr@aol.com", "kenneth.lay@enron.com", "david.delainey@enron.com", "jeffrey.shankman@enron.com",
             "fredinvt@juno.com", "dottie@kerr-solutions.com", "david.morris@lehman.com", "amelia.alder@enron.com", "greg.whalley@enron.com"]
        },
    };

    [Theory]
    [MemberData(nameof(Mailboxes))]
    public void Assistants_own_addresses_and_mass_mail_are_filtered_while_real_correspondents_stay(
        string maildir, string[] own, string[] assistants, string[] notPeople, string[] people)
    {
        var seed = MailboxLogReplay.Load(TestData.Path("enron", "mailboxes.csv.gz"), maildir).Seed;
        var owner = new OwnerIdentity([seed.Owner.Address], seed.Owner.DisplayName, seed.Owner.GivenName, seed.Owner.Surname);
        var evidence = SeedEvidence.Collect(seed, owner).ToDictionary(item => item.Address, StringComparer.OrdinalIgnoreCase);
        var verdicts = evidence.Values.ToDictionary(item => item.Address, item => CorrespondentClassifier.Classify(item, owner), StringComparer.OrdinalIgnoreCase);
        Print(maildir, evidence, verdicts);

        Assert.All(own.Concat(assistants).Concat(notPeople).Concat(people), address => Assert.True(verdicts.ContainsKey(address), $"{address} is not in {maildir}"));
        Assert.All(own, address => Assert.Equal(CorrespondentKind.Own, verdicts[address].Kind));
        Assert.All(assistants, address => Assert.Equal(CorrespondentKind.Delegate, verdicts[address].Kind));
        Assert.All(notPeople, address => Assert.False(verdicts[address].IsPerson, $"{address} came out as a person ({verdicts[address].Reason})"));
        Assert.All(people, address => Assert.True(verdicts[address].IsPerson, $"{address} came out as {verdicts[address]}"));
    }

    private void Print(string maildir, Dictionary<string, AddressEvidence> evidence, Dictionary<string, CorrespondentVerdict> verdicts)
    {
        output.WriteLine($"{maildir}: {verdicts.Count} addresses");
        foreach (var group in verdicts.Values.GroupBy(verdict => verdict).OrderBy(group => group.Key.Kind).ThenByDescending(group => group.Count()))
        {
            output.WriteLine($"  {group.Key.Kind}/{group.Key.Reason}: {group.Count()}");
        }
        static int Volume(AddressEvidence item) => item.Received + item.SentByUser + item.SentByDelegates + item.Meetings;
        output.WriteLine("Top people by volume (received + sent by the user or the user's office):");
        foreach (var item in evidence.Values.Where(item => verdicts[item.Address].IsPerson).OrderByDescending(Volume).Take(40))
        {
            output.WriteLine($"  {item.Address,-40} {Volume(item),4}  {verdicts[item.Address].Reason}");
        }
        output.WriteLine("Not people:");
        foreach (var item in evidence.Values.Where(item => !verdicts[item.Address].IsPerson && verdicts[item.Address].Kind != CorrespondentKind.DistributionList).OrderByDescending(item => item.Received))
        {
            output.WriteLine($"  {item.Address,-40} {item.Received,4}  {verdicts[item.Address].Kind}/{verdicts[item.Address].Reason}");
        }
    }
}
