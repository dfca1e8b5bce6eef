using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.Review;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>
/// Checks a link's token and finds what it names. The nudge is looked up in the token's user's
/// partition, so a token can only ever reach its own user's nudges.
/// </summary>
public sealed class ActionLinkReader(ActionTokens tokens, IUserStore users, INudgeStore nudges, IReviewStore reviews, TimeProvider time)
{
    public async Task<LinkOpening<OpenedNudge>> OpenNudgeAsync(string? text, string language, CancellationToken cancellationToken)
    {
        var reading = tokens.Read(text, time.GetUtcNow());
        if (!reading.IsValid) return new(null, Problem(reading.Problem, language));
        var token = reading.Token!;
        if (!token.Action.IsOnANudge() || token.NudgeId.Length == 0) return new(null, Unknown(language));
        if (await users.FindAsync(token.UserId, cancellationToken) is not { } account) return new(null, Unknown(language));
        if (await nudges.FindAsync(token.UserId, DigestWeek.Parse(token.Week), token.NudgeId, cancellationToken) is not { } nudge) return new(null, Unknown(account.Language));
        return new(new OpenedNudge(token, Routes.PathOf(Routes.Nudge, text!), account, nudge), null);
    }

    public async Task<LinkOpening<OpenedAccount>> OpenAccountAsync(string? text, string language, CancellationToken cancellationToken)
    {
        var reading = tokens.Read(text, time.GetUtcNow());
        if (!reading.IsValid) return new(null, Problem(reading.Problem, language));
        var token = reading.Token!;
        if (token.Action is not (LinkAction.Unsubscribe or LinkAction.Preferences)) return new(null, Unknown(language));
        if (await users.FindAsync(token.UserId, cancellationToken) is not { } account) return new(null, Unknown(language));
        return new(new OpenedAccount(token, Routes.PathOf(Routes.Account, text!), account), null);
    }

    /// <summary>A review link names its record by id, which says nothing of user or quarter: the record is found among the user's own.</summary>
    public async Task<LinkOpening<OpenedReview>> OpenReviewAsync(string? text, string language, CancellationToken cancellationToken)
    {
        var reading = tokens.Read(text, time.GetUtcNow());
        if (!reading.IsValid) return new(null, Problem(reading.Problem, language));
        var token = reading.Token!;
        if (token.Action != LinkAction.Review || token.NudgeId.Length == 0) return new(null, Unknown(language));
        if (await users.FindAsync(token.UserId, cancellationToken) is not { } account) return new(null, Unknown(language));
        var record = (await reviews.ListAsync(token.UserId, cancellationToken)).FirstOrDefault(review => review.Id == token.NudgeId);
        return record is null ? new(null, Unknown(account.Language)) : new(new OpenedReview(token, Routes.PathOf(Routes.Review, text!), account, record), null);
    }

    private static WebResult Problem(TokenProblem problem, string language)
    {
        var texts = PageTexts.For(language);
        var (status, sentence) = problem switch
        {
            TokenProblem.Expired => (410, texts.LinkExpired),
            TokenProblem.Tampered => (403, texts.LinkTampered),
            _ => (400, texts.LinkMalformed),
        };
        return new HtmlPage(language, texts.LinkBrokenTitle).Paragraph(sentence).Respond(status);
    }

    private static WebResult Unknown(string language)
    {
        var texts = PageTexts.For(Languages.From(language));
        return new HtmlPage(Languages.From(language), texts.LinkBrokenTitle).Paragraph(texts.LinkUnknown).Respond(404);
    }
}
