using NudgeService.Domain.Review;

namespace NudgeService.Application.Review;

/// <summary>The quarterly review as the email and page show it: names resolved, at most a few items per section.</summary>
public sealed record ReviewView(
    string Language,
    string UserFirstName,
    ReviewQuarter Quarter,
    DateOnly Today,
    IReadOnlyList<LayerCount> Layers,
    IReadOnlyDictionary<TieTrend, int> Trends,
    IReadOnlyList<string> NewPeople,
    IReadOnlyList<string> Lapsed,
    IReadOnlyList<OneSidedLine> OneSided,
    IReadOnlyList<BridgeLine> Bridges,
    IReadOnlyList<ThanksLine> Thanks,
    IntroductionLine? Introduction,
    NetworkPicture Picture,
    ReviewLinks? Links);

/// <summary>The signed links of an emailed review; none in a preview.</summary>
/// <param name="Page">The same review on a web page.</param>
public sealed record ReviewLinks(string Page, string Unsubscribe);

/// <param name="Familiar">A close tie: French drafts say tu.</param>
public sealed record ReviewPerson(string Name, string FirstName, bool Familiar);

public sealed record OneSidedLine(ReviewPerson Person, bool UserWrites, int Written, int Answered, bool LetGo);

public sealed record BridgeLine(ReviewPerson Person, string Organisation, TieTrend Trend, int SilenceDays, int OthersThere);

public sealed record ThanksLine(ReviewPerson Person, ReviewPerson Newcomer, DateOnly FirstMet, bool InMeeting);

public sealed record IntroductionLine(ReviewPerson First, string FirstOrganisation, ReviewPerson Second, string SecondOrganisation, string Field);

/// <summary>The review ready to send: subject, both parts, the picture and its alt text (which carries the same facts as the text part's summary).</summary>
public sealed record RenderedReview(string Subject, string Html, string Text, byte[] Picture, string AltText);

public interface IReviewRenderer
{
    /// <param name="pictureSource">Where the HTML finds the picture: "cid:…" in the email, a file name beside review.html; null on the review's web page, which carries the picture in itself.</param>
    RenderedReview Render(ReviewView review, string? pictureSource);
}
