using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>The signed links behind a digest's buttons and footer.</summary>
public sealed class ActionLinks(ActionTokens tokens, IOptions<NudgeOptions> options, TimeProvider time)
{
    public NudgeActions For(Nudge nudge, bool outlookDrafts) => new(
        NudgeLink(nudge, LinkAction.Send),
        outlookDrafts ? NudgeLink(nudge, LinkAction.EditInOutlook) : null,
        NudgeLink(nudge, LinkAction.Snooze),
        NudgeLink(nudge, LinkAction.NotThisPerson));

    public string Unsubscribe(string userId, DigestWeek week) => AccountLink(userId, week, LinkAction.Unsubscribe);

    public string Preferences(string userId, DigestWeek week) => AccountLink(userId, week, LinkAction.Preferences);

    /// <summary>The quarter's review on a page: as long-lived as the account's links, since a quarter is longer than a digest's fortnight.</summary>
    public string Review(string userId, DigestWeek week, string reviewId) =>
        Base + Routes.PathOf(Routes.Review, tokens.Create(new ActionToken(userId, LinkAction.Review, week.ToString(), reviewId, time.GetUtcNow() + AccountLinks.Lifetime)));

    private string NudgeLink(Nudge nudge, LinkAction action) =>
        Base + Routes.PathOf(Routes.Nudge, tokens.Create(new ActionToken(nudge.UserId, action, nudge.Week.ToString(), nudge.Id, time.GetUtcNow().AddDays(options.Value.Links.LifetimeDays))));

    private string AccountLink(string userId, DigestWeek week, LinkAction action) =>
        Base + Routes.PathOf(Routes.Account, tokens.Create(new ActionToken(userId, action, week.ToString(), "", time.GetUtcNow() + AccountLinks.Lifetime)));

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');
}
