using NudgeService.Application.Accounts;
using Microsoft.Extensions.Options;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;

namespace NudgeService.Application.Actions;

/// <summary>The signed links behind a digest's buttons and footer.</summary>
public sealed class ActionLinks(ActionTokens tokens, IOptions<NudgeOptions> options, TimeProvider time)
{
    public const string NudgeRoute = "n/{token}";
    public const string AccountRoute = "u/{token}";

    public NudgeActions For(Nudge nudge, bool outlookDrafts) => new(
        NudgeLink(nudge, NudgeAction.Send),
        outlookDrafts ? NudgeLink(nudge, NudgeAction.EditInOutlook) : null,
        NudgeLink(nudge, NudgeAction.Snooze),
        NudgeLink(nudge, NudgeAction.NotThisPerson));

    public string Unsubscribe(string userId, DigestWeek week) => AccountLink(userId, week, NudgeAction.Unsubscribe);

    public string Preferences(string userId, DigestWeek week) => AccountLink(userId, week, NudgeAction.Preferences);

    private string NudgeLink(Nudge nudge, NudgeAction action) =>
        $"{Base}/api/n/{tokens.Create(new ActionToken(nudge.UserId, action, nudge.Week.ToString(), nudge.Id, time.GetUtcNow().AddDays(options.Value.Links.LifetimeDays)))}";

    private string AccountLink(string userId, DigestWeek week, NudgeAction action) =>
        $"{Base}/api/u/{tokens.Create(new ActionToken(userId, action, week.ToString(), "", time.GetUtcNow() + AccountLinks.Lifetime))}";

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');
}
