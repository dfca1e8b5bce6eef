using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Web;

namespace NudgeService.Application.Connect;

/// <summary>
/// An organisation's administrator approving NudgeService once for all its people, where the
/// tenant lets no one consent for themselves (Entra's "Need admin approval"). It grants permissions
/// and reads nothing: each person still connects their own account.
/// </summary>
public sealed class AdminConsentService(
    IIdentityPlatform identity,
    IDataProtectionProvider protection,
    AccountLinks links,
    IOptions<NudgeOptions> options,
    ILogger<AdminConsentService> logger,
    TimeProvider time)
{
    public const string BrowserCookie = "nudge-admin-consent-browser";

    /// <summary>An administrator may read the permissions and pass their own sign-in checks before approving.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private const string Purpose = "NudgeService.AdminConsentState.v1";

    /// <summary>Stores nothing: the state travels sealed to the identity platform and back, its binding in a cookie of this browser.</summary>
    public WebResult Begin(string? language)
    {
        var state = new AdminConsentState(BrowserBinding.New(), Languages.From(language));
        var sealedState = SealedState.Seal(protection, Purpose, state, time.GetUtcNow() + Lifetime);
        return WebResult.Redirect(identity.AdminConsentUrl(sealedState).AbsoluteUri)
            .WithCookie(new WebCookie(BrowserCookie, state.Browser, Lifetime, SameSiteStrict: false, options.Value.PublicBaseUrl));
    }

    /// <summary>The reply address serves sign-ins and admin consent alike: the sealed state says which came back.</summary>
    public bool Recognizes(string? state) => SealedState.Open<AdminConsentState>(protection, Purpose, state) is not null;

    public WebResult Complete(IReadOnlyDictionary<string, string?> query, string? browserCookie)
    {
        if (SealedState.Open<AdminConsentState>(protection, Purpose, query.GetValueOrDefault("state")) is not { } state)
        {
            return Failed(Languages.English, PageTexts.English.StateInvalid, 400, "invalid or expired state");
        }
        var texts = PageTexts.For(state.Language);
        // A page that says "approved" must only ever answer the browser whose administrator asked.
        if (!BrowserBinding.Matches(browserCookie, state.Browser)) return Failed(state.Language, texts.SignInOtherBrowser, 403, "finished in another browser");
        if (query.GetValueOrDefault("error") is { } error)
        {
            return Failed(state.Language, string.Format(Languages.Culture(state.Language), texts.AdminConsentFailed, SafeText.Code(error)), 403, $"admin consent error {SafeText.Code(error)}");
        }
        if (!string.Equals(query.GetValueOrDefault("admin_consent"), "True", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(state.Language, string.Format(Languages.Culture(state.Language), texts.AdminConsentFailed, "admin_consent"), 400, "no admin_consent");
        }

        var granted = GraphPermissions.SetOf((query.GetValueOrDefault("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var missing = GraphPermissions.Missing(options.Value.Identity, granted);
        logger.LogInformation("Admin consent granted for an organisation, {MissingCount} permissions left out", missing.Count);
        var page = new HtmlPage(state.Language, texts.AdminConsentDoneTitle).Paragraph(texts.AdminConsentDone);
        if (missing.Count > 0) page.Paragraph(texts.AdminConsentNarrower).List(missing.Select(texts.Consequence));
        return page.Link(texts.StartAgain, links.Connect(null, state.Language)).Respond();
    }

    private WebResult Failed(string language, string reason, int status, string logReason)
    {
        logger.LogWarning("Admin consent not completed: {Reason}", logReason);
        var texts = PageTexts.For(language);
        return new HtmlPage(language, texts.AdminConsentFailedTitle)
            .Paragraph(reason)
            .Link(texts.AdminConsentAgain, links.AdminConsent(language))
            .Respond(status);
    }

    private sealed record AdminConsentState(string Browser, string Language);
}
