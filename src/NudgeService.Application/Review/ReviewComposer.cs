using NudgeService.Application.Digest.Wording;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Relationships;
using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

/// <summary>Picks what the review shows of each section and names the people in it.</summary>
internal static class ReviewComposer
{
    public const int MostOneSided = 5;
    public const int MostBridges = 3;
    public const int MostThanks = 3;
    public const int MostNamed = 8;

    public static ReviewView View(NetworkReview review, IReadOnlyList<Correspondent> people, string language, string userFirstName, ReviewLinks? links)
    {
        var names = people.ToDictionary(person => person.Key, person => person.DisplayName, StringComparer.Ordinal);
        var tiers = review.Ties.ToDictionary(tie => tie.Key, tie => tie.Tier, StringComparer.Ordinal);
        ReviewPerson Person(string key)
        {
            var name = names.GetValueOrDefault(key) ?? key;
            var first = DisplayNames.FirstName(name);
            return new ReviewPerson(name, first.Length == 0 ? name : first, tiers.GetValueOrDefault(key, Tier.Weak) <= Tier.Close);
        }
        string OrganisationOf(string key) => review.Ties.First(tie => tie.Key == key).Organisation?.Name ?? "";

        return new ReviewView(
            language,
            userFirstName,
            review.Quarter,
            review.Today,
            review.Inventory.Layers,
            Enum.GetValues<TieTrend>().ToDictionary(trend => trend, trend => review.Ties.Count(tie => tie.Trend == trend)),
            [.. review.Inventory.NewPeople.Take(MostNamed).Select(key => Person(key).Name)],
            [.. review.Inventory.Lapsed.Take(MostNamed).Select(key => Person(key).Name)],
            [.. review.Inventory.OneSided.Take(MostOneSided).Select(tie => new OneSidedLine(Person(tie.Key), tie.Writer == OneSidedWriter.User, tie.Written, tie.Answered, tie.LetGo))],
            [.. review.Bridges.Take(MostBridges).Select(bridge => new BridgeLine(Person(bridge.Key), bridge.Organisation.Name, bridge.Trend, bridge.SilenceDays, bridge.OthersThere))],
            [.. review.ToThank.Take(MostThanks).Select(thanks => new ThanksLine(Person(thanks.Key), Person(thanks.Newcomer), thanks.FirstMet, thanks.How == SightingRole.Meeting))],
            review.Introduction is { } pair ? new IntroductionLine(Person(pair.First), OrganisationOf(pair.First), Person(pair.Second), OrganisationOf(pair.Second), pair.Field) : null,
            NetworkPicture.Of(review.Ties),
            links);
    }
}
