using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest;
using NudgeService.Application.Email;
using NudgeService.Application.Web;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Connect;

/// <summary>Connecting an Outlook account: the redirect to Microsoft, and the way back.</summary>
public sealed class ConnectService(
    IIdentityPlatform identity,
    ISpentSignInStore spentSignIns,
    IDataProtectionProvider protection,
    IMailboxProfileReader profiles,
    IUserStore users,
    ITokenCacheStore tokenCaches,
    IEmailSender email,
    AccountEmails accountEmails,
    AccountLinks links,
    ScheduleEntries scheduleEntries,
    IFirstLookQueue firstLooks,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<ConnectService> logger)
{
    public const string BrowserCookie = "nudge-connect-browser";

    /// <summary>Stores nothing: the state, sealed and expiring, goes to the identity platform and back, its binding in a cookie of this browser.</summary>
    public WebResult Begin(string? language, string? loginHint)
    {
        var state = SignInState.New(Languages.From(language));
        var expiresAt = time.GetUtcNow() + SignInState.Lifetime;
        // The identity platform comes back with a top-level GET from its own site: a Lax cookie goes with it, a Strict one would not.
        return WebResult.Redirect(identity.AuthorizeUrl(state.Protect(protection, expiresAt), state.CodeChallenge, loginHint).AbsoluteUri)
            .WithCookie(BindingCookie(state.Browser, SignInState.Lifetime));
    }

    /// <param name="browserCookie">The <see cref="BrowserCookie"/> the request came with.</param>
    public async Task<WebResult> CompleteAsync(IReadOnlyDictionary<string, string?> query, string? browserCookie, CancellationToken cancellationToken)
    {
        var stateText = query.GetValueOrDefault("state");
        if (string.IsNullOrEmpty(stateText)) return Failed(Languages.English, texts => texts.StateMissing, 400, "no state");
        if (SignInState.Unprotect(protection, stateText) is not { } state) return Failed(Languages.English, texts => texts.StateInvalid, 400, "invalid or expired state");
        if (await spentSignIns.IsSpentAsync(state.Id, cancellationToken)) return Failed(state.Language, texts => texts.StateReplayed, 400, "replayed state");
        // A state carried to another browser would connect the account of whoever signs in there to the page of whoever started it.
        var sameBrowser = BrowserBinding.Matches(browserCookie, state.Browser);

        if (query.GetValueOrDefault("error") is { } error)
        {
            if (!sameBrowser) return OtherBrowser(state);
            return error == "access_denied"
                ? NotGranted(state.Language)
                : Failed(state.Language, texts => string.Format(texts.AuthorizeError, SafeText.Code(error)), 400, $"authorize error {SafeText.Code(error)}");
        }
        if (string.IsNullOrEmpty(query.GetValueOrDefault("code"))) return Failed(state.Language, texts => texts.StateMissing, 400, "no code");

        RedeemedSignIn signIn;
        try
        {
            signIn = await identity.RedeemCodeAsync(query["code"]!, state.CodeVerifier, cancellationToken);
        }
        catch (SignInRejectedException rejected)
        {
            return Failed(state.Language, texts => texts.CodeRejected, 400, $"code rejected ({rejected.ErrorCode})");
        }
        // Recorded only now, after the identity platform honoured the code: an anonymous caller cannot make us store anything faster than it issues codes.
        // Spent in another browser too (the tokens are dropped), so that whoever else holds this callback finds it used.
        if (!await spentSignIns.TrySpendAsync(state.Id, time.GetUtcNow() + SignInState.Lifetime, cancellationToken)) return Failed(state.Language, texts => texts.StateReplayed, 400, "replayed state");
        if (!sameBrowser) return OtherBrowser(state);
        if (!signIn.GrantedPermissions.Contains(GraphPermissions.User)) return Failed(state.Language, texts => texts.ProfileUnreadable, 403, "User.Read not granted");

        MailboxProfile profile;
        try
        {
            profile = await profiles.ReadAsync(UserIds.From(signIn.ObjectId, signIn.TenantId), signIn.AccessToken, cancellationToken);
        }
        catch (MailboxUnavailableException)
        {
            // Before anything is stored: an account without a mailbox must not get a token cache, a schedule or a welcome email.
            return Failed(state.Language, texts => texts.NoMailbox, 403, "no Exchange Online mailbox");
        }
        var (account, firstDigest) = await SaveAccountAsync(signIn, profile, cancellationToken);
        return ConnectedPage(account, firstDigest, signIn.Username);
    }

    private async Task<(UserAccount Account, DateTimeOffset FirstDigest)> SaveAccountAsync(RedeemedSignIn signIn, MailboxProfile profile, CancellationToken cancellationToken)
    {
        var userId = UserIds.From(signIn.ObjectId, signIn.TenantId);
        var existing = await users.FindAsync(userId, cancellationToken);
        var defaults = options.Value.Digest;
        var account = new UserAccount(
            userId,
            signIn.HomeAccountId,
            profile.Address,
            profile.DisplayName,
            profile.TimeZone,
            existing?.Language ?? Languages.From(profile.Locale),
            signIn.GrantedPermissions,
            AccountStatus.Active,
            existing?.ConnectedAt ?? time.GetUtcNow(),
            existing?.Slot ?? new DigestSlot(defaults.DefaultDay, defaults.DefaultHour),
            ReconnectEmailSentAt: null)
        {
            PeoplePerWeek = existing?.PeoplePerWeek ?? defaults.DefaultPeoplePerWeek,
            PausedUntil = existing?.PausedUntil,
        };
        // Tokens first: a failure here leaves no account without the means to serve it.
        await tokenCaches.SaveAsync(userId, signIn.TokenCache, cancellationToken);
        await users.SaveAsync(account, cancellationToken);
        logger.LogInformation("Account {UserId} connected ({Kind}) with {PermissionCount} permissions", userId, existing is null ? "new" : "again", signIn.GrantedPermissions.Count);

        var firstDigest = (await scheduleEntries.StartAsync(account, time.GetUtcNow(), cancellationToken)).Slot;
        if (existing is not { Status: AccountStatus.Active })
        {
            // The first look runs the first sync, minutes of work for a large mailbox: not on the sign-in's request.
            await firstLooks.EnqueueAsync(FirstLook.JobFor(account, time.GetUtcNow()), cancellationToken);
            await email.SendAsync(accountEmails.Welcome(account, firstDigest), cancellationToken);
        }
        return (account, firstDigest);
    }

    private WebResult ConnectedPage(UserAccount account, DateTimeOffset firstDigest, string signInName)
    {
        var texts = PageTexts.For(account.Language);
        var culture = Languages.Culture(account.Language);
        var page = new HtmlPage(account.Language, texts.ConnectedTitle)
            .Paragraph(string.Format(culture, texts.ConnectedAs, account.Address));
        // A personal account may sign in with another provider's address: say which one the digests go to.
        if (!string.Equals(signInName, account.Address, StringComparison.OrdinalIgnoreCase)) page.Paragraph(string.Format(culture, texts.DigestAddress, account.Address, signInName));
        page.Paragraph(string.Format(culture, texts.FirstDigest, firstDigest, TimeZones.Of(account.TimeZone).DisplayName));
        var missing = GraphPermissions.Missing(options.Value.Identity, account.GrantedScopes);
        if (missing.Count > 0) page.Paragraph(texts.MissingPermissions).List(missing.Select(texts.Consequence));
        return page.Paragraph(texts.ChangeOrLeave).Link(texts.Disconnect, links.Disconnect(account.UserId)).Respond();
    }

    private WebResult Failed(string language, Func<PageTexts, string> reason, int status, string logReason)
    {
        logger.LogWarning("Sign-in not completed: {Reason}", logReason);
        var texts = PageTexts.For(language);
        return new HtmlPage(language, texts.SignInFailedTitle)
            .Paragraph(reason(texts))
            .Link(texts.StartAgain, links.Connect(null, language))
            .Respond(status);
    }

    /// <summary>
    /// A cancelled consent and a tenant that lets only its admins consent come back the same way, so
    /// the page serves both: start again, or hand the administrator the approval link.
    /// </summary>
    private WebResult NotGranted(string language)
    {
        logger.LogWarning("Sign-in not completed: {Reason}", "consent not granted");
        var texts = PageTexts.For(language);
        return new HtmlPage(language, texts.SignInFailedTitle)
            .Paragraph(texts.AccessDenied)
            .Link(texts.StartAgain, links.Connect(null, language))
            .Paragraph(texts.AdminApprovalNeeded)
            .Link(texts.AdminLink, links.AdminConsent(language))
            .Respond(403);
    }

    private WebResult OtherBrowser(SignInState state) => Failed(state.Language, texts => texts.SignInOtherBrowser, 403, "finished in another browser");

    private WebCookie BindingCookie(string value, TimeSpan lifetime) =>
        new(BrowserCookie, value, lifetime, SameSiteStrict: false, options.Value.PublicBaseUrl);
}
