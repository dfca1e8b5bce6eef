using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.Review;
using NudgeService.Application.Web;

namespace NudgeService.Application.Actions;

/// <summary>A valid link to one of the user's nudges.</summary>
/// <param name="Path">Where the link's page posts: the link itself.</param>
public sealed record OpenedNudge(ActionToken Token, string Path, UserAccount Account, Nudge Nudge)
{
    public string Language => Languages.From(Account.Language);

    public PageTexts Texts => PageTexts.For(Language);
}

/// <summary>A valid account-wide link (unsubscribe, preferences).</summary>
public sealed record OpenedAccount(ActionToken Token, string Path, UserAccount Account)
{
    public string Language => Languages.From(Account.Language);

    public PageTexts Texts => PageTexts.For(Language);
}

/// <summary>A valid link to one of the user's quarterly reviews.</summary>
public sealed record OpenedReview(ActionToken Token, string Path, UserAccount Account, ReviewRecord Review);

/// <summary>What opening a link gave: the link, or the page that says why it cannot be used.</summary>
public sealed record LinkOpening<T>(T? Opened, WebResult? Problem) where T : class;
