using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;

namespace NudgeService.Domain.Tests.Review;

public sealed class ReviewRulesTests
{
    private static readonly DateOnly Today = new(2026, 10, 5);

    [Fact]
    public void A_newcomer_copied_on_a_known_ties_mail_is_credited_to_that_tie_and_one_who_wrote_first_is_not()
    {
        var start = Today.AddDays(-700);
        var introducer = Person("ines@vauban.fr", Regular(start, 60, 0));
        var introduced = Person("paul@vauban.fr", Regular(Today.AddDays(-300), 12, 100)) with
        {
            Sightings = [new Sighting(7, Today.AddDays(-300), SightingRole.CopiedAlongside), .. Regular(Today.AddDays(-299), 12, 100).Select((touch, i) => new Sighting((uint)(1000 + i), touch.Day, SightingRole.Recipient))],
        };
        introducer = introducer with { Sightings = [.. introducer.Sightings, new Sighting(7, Today.AddDays(-300), SightingRole.Sender)] };
        var selfStarter = Person("lea@vauban.fr", Regular(Today.AddDays(-290), 12, 200)) with
        {
            Sightings = [new Sighting(8, Today.AddDays(-290), SightingRole.Sender), new Sighting(9, Today.AddDays(-290), SightingRole.CopiedAlongside)],
        };
        introducer = introducer with { Sightings = [.. introducer.Sightings, new Sighting(9, Today.AddDays(-290), SightingRole.Sender)] };
        var people = new List<Correspondent> { introducer, introduced, selfStarter };

        var thanks = Introducers.Find(people, RelationshipAnalyzer.Assess(people, Today, RelationshipSettings.Default)).ToList();

        var only = Assert.Single(thanks);
        Assert.Equal(("ines@vauban.fr", "paul@vauban.fr", SightingRole.CopiedAlongside), (only.Key, only.Newcomer, only.How));
    }

    [Fact]
    public void The_only_two_way_tie_at_an_organisation_is_a_bridge_and_cooling_bridges_come_first()
    {
        var steady = Person("anna@calliope.org", Regular(Today.AddDays(-400), 20, 0)) with { Contact = Card("Institut Calliope", "Chercheuse") };
        var cooling = Person("bob@larkspur.org", Regular(Today.AddDays(-600), 10, 0, until: Today.AddDays(-150))) with { Contact = Card("Larkspur Foundation", "Director") };
        var pair = new[]
        {
            Person("c1@vauban.fr", Regular(Today.AddDays(-400), 10, 0)) with { Contact = Card("Vauban", "Buyer") },
            Person("c2@vauban.fr", Regular(Today.AddDays(-400), 10, 3)) with { Contact = Card("Vauban", "Buyer") },
        };
        List<Correspondent> people = [steady, cooling, .. pair];
        var review = NetworkReviewer.Review(people, new ReviewContext(Today, new HashSet<string>(), null, new HashSet<string>()), RelationshipSettings.Default);

        Assert.Equal(["bob@larkspur.org", "anna@calliope.org"], review.Bridges.Select(bridge => bridge.Key));
        Assert.True(review.Bridges[0].Trend is TieTrend.Cooling or TieTrend.Lapsed);
    }

    [Theory]
    [InlineData("Directrice financière", "finance")]
    [InlineData("Head of Data", "data")]
    [InlineData("Responsable RH", "people")]
    [InlineData("Cheffe de projet", "projects")]
    [InlineData("Product manager", "product")]
    [InlineData("Directeur général", null)]
    [InlineData("Threshold analyst", null)]
    public void A_job_title_names_its_field_of_work_in_english_or_french(string title, string? field) => Assert.Equal(field, RoleFields.Of(title));

    [Fact]
    public void A_quarter_reads_and_prints_as_year_and_number() =>
        Assert.True(ReviewQuarter.TryParse("2026-Q4", out var quarter) && quarter == ReviewQuarter.Of(new DateOnly(2026, 11, 30)) && quarter.Previous.ToString() == "2026-Q3" && !ReviewQuarter.TryParse("2026-Q5", out _));

    private static Correspondent Person(string key, IReadOnlyList<Touch> touches) =>
        new(key, key, [new AddressUse(key, touches[0].Day, touches[^1].Day)], touches)
        {
            Sightings = [.. touches.Select((touch, i) => new Sighting((uint)(key.GetHashCode() & 0xFFFF) << 16 | (uint)i, touch.Day, touch.Kind == TouchKind.MailToUser ? SightingRole.Sender : SightingRole.Recipient))],
        };

    /// <summary>Mail both ways every <paramref name="every"/> days from <paramref name="from"/>, shifted by <paramref name="offset"/> days.</summary>
    private static List<Touch> Regular(DateOnly from, int every, int offset, DateOnly? until = null)
    {
        var touches = new List<Touch>();
        for (var day = from.AddDays(offset % every); day < (until ?? Today); day = day.AddDays(every))
        {
            touches.Add(new Touch(day, touches.Count % 2 == 0 ? TouchKind.MailFromUser : TouchKind.MailToUser, 1));
        }
        return touches;
    }

    private static ContactCard Card(string company, string title) => new("c-" + company, null, null, null, [], null, title, company, null, null);
}
