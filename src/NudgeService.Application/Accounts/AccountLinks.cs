using Microsoft.Extensions.Options;
using NudgeService.Application.Actions;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Accounts;

/// <summary>Signed, expiring links to the account pages (disconnect) and to connecting again; signed as every emailed link is.</summary>
public sealed class AccountLinks(ActionTokens tokens, IOptions<NudgeOptions> options, TimeProvider time)
{
    /// <summary>Links about the whole account outlive a digest's buttons: an old email can still stop the next ones.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    public string Disconnect(string userId)
    {
        var now = time.GetUtcNow();
        var token = tokens.Create(new ActionToken(userId, LinkAction.Disconnect, DigestWeek.Of(now, TimeZoneInfo.Utc).ToString(), "", now + Lifetime));
        return $"{Base}{Routes.PathOf(Routes.Disconnect)}?token={token}";
    }

    public string Connect(string? loginHint, string language) =>
        $"{Base}{Routes.PathOf(Routes.Connect)}?lang={language}" + (loginHint is null ? "" : "&hint=" + Uri.EscapeDataString(loginHint));

    /// <summary>Where an organisation's administrator approves NudgeService for everyone in it.</summary>
    public string AdminConsent(string language) => $"{Base}{Routes.PathOf(Routes.AdminConsent)}?lang={language}";

    /// <summary>The user a disconnect token names, or null when it is tampered with, truncated, expired, or for another action.</summary>
    public string? UserToDisconnect(string? token) =>
        tokens.Read(token, time.GetUtcNow()) is { IsValid: true, Token: { Action: LinkAction.Disconnect } disconnect } ? disconnect.UserId : null;

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');
}
