using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;
using NudgeService.Application.Web;

namespace NudgeService.Application.OwnerProof;

/// <summary>
/// Proof that the person at the browser owns the mailbox, before an action a link alone may not
/// take (docs/decisions/0100-emailed-links.md): an OpenID Connect sign-in with the account's address
/// as login_hint, silent first (prompt=none) and interactive when the identity platform answers
/// login_required, interaction_required or consent_required; the id token's tid and oid must be
/// the account's. The browser that finishes must be the one that started, and the pass it gets
/// unlocks one action of one account for a few minutes.
/// </summary>
public sealed class OwnerProofs(
    IIdentityPlatform identity,
    ISpentSignInStore spentSignIns,
    IUserStore users,
    IDataProtectionProvider protection,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<OwnerProofs> logger)
{
    public const string BrowserCookie = "nudge-proof-browser";
    public const string PassCookie = "nudge-owner";

    /// <summary>What the identity platform answers to prompt=none when it cannot sign in silently; each falls back to a sign-in page.</summary>
    private static readonly HashSet<string> NeedsInteraction = new(StringComparer.Ordinal) { "login_required", "interaction_required", "consent_required" };

    /// <param name="passCookie">The browser's <see cref="PassCookie"/>.</param>
    public bool Holds(string? passCookie, UserAccount account, string action) =>
        OwnerPass.Open(protection, passCookie) is { } pass && pass.UserId == account.UserId && pass.Action == action;

    /// <summary>Sends the browser to a silent sign-in as the account's owner; it comes back to <paramref name="returnTo"/> with a pass.</summary>
    /// <param name="returnTo">A path of ours, such as "/api/account/disconnect?token=…".</param>
    public WebResult Begin(UserAccount account, string action, string returnTo) =>
        Start(OwnerProofState.New(BrowserBinding.New(), account.UserId, action, returnTo, account.Language, silent: true), account.Address);

    /// <summary>True when the callback's state is an owner proof's rather than a connect's.</summary>
    public bool Recognizes(string? state) => OwnerProofState.Open(protection, state) is not null;

    /// <param name="query">The callback's query parameters.</param>
    /// <param name="browserCookie">The browser's <see cref="BrowserCookie"/>.</param>
    public async Task<WebResult> CompleteAsync(IReadOnlyDictionary<string, string?> query, string? browserCookie, CancellationToken cancellationToken)
    {
        if (OwnerProofState.Open(protection, query.GetValueOrDefault("state")) is not { } state) return Refused(Languages.English, texts => texts.StateInvalid, 400, "invalid or expired state");
        if (await spentSignIns.IsSpentAsync(state.Id, cancellationToken)) return Refused(state.Language, texts => texts.StateReplayed, 400, "replayed state");
        // Someone else's browser finishing a proof started here (or the reverse) must prove nothing.
        var sameBrowser = BrowserBinding.Matches(browserCookie, state.Browser);
        if (await users.FindAsync(state.UserId, cancellationToken) is not { } account) return Refused(state.Language, texts => texts.LinkInvalid, 400, "account gone");

        if (query.GetValueOrDefault("error") is { Length: > 0 } error)
        {
            if (!sameBrowser) return OtherBrowser(state);
            if (state.Silent && NeedsInteraction.Contains(error))
            {
                return Start(OwnerProofState.New(state.Browser, state.UserId, state.Action, state.ReturnTo, state.Language, silent: false), account.Address);
            }
            return Refused(state.Language, texts => texts.ProofNotSignedIn, 403, "sign-in not completed");
        }
        if (query.GetValueOrDefault("code") is not { Length: > 0 } code) return Refused(state.Language, texts => texts.StateMissing, 400, "no code");

        ProvenIdentity proven;
        try
        {
            proven = await identity.RedeemOwnerProofAsync(code, state.CodeVerifier, cancellationToken);
        }
        catch (SignInRejectedException rejected)
        {
            return Refused(state.Language, texts => texts.CodeRejected, 400, $"code rejected ({rejected.ErrorCode})");
        }
        // Recorded only once the identity platform honoured the code, as for a connect: starting a proof stores nothing.
        // Spent in another browser too, so that the holder of a callback that browser was lured into finds it used.
        if (!await spentSignIns.TrySpendAsync(state.Id, time.GetUtcNow() + OwnerProofState.Lifetime, cancellationToken)) return Refused(state.Language, texts => texts.StateReplayed, 400, "replayed state");
        if (!sameBrowser) return OtherBrowser(state);
        if (proven.Nonce != state.Nonce) return Refused(state.Language, texts => texts.ProofNotSignedIn, 403, "nonce mismatch");
        // The directory's ids, not the address: an address can be renamed, reassigned, or belong to another provider.
        if (UserIds.From(proven.ObjectId, proven.TenantId) != account.UserId) return Refused(state.Language, texts => texts.ProofOtherAccount, 403, "another account signed in");

        logger.LogInformation("Owner of {UserId} proven for {Action}", account.UserId, state.Action);
        var pass = new OwnerPass(account.UserId, state.Action).Seal(protection, time.GetUtcNow() + OwnerPass.Lifetime);
        return new WebResult(303, RedirectTo: Base + state.ReturnTo)
            .WithCookie(Cookie(PassCookie, pass, OwnerPass.Lifetime, strict: true))
            .WithCookie(Cookie(BrowserCookie, "", TimeSpan.Zero, strict: false));
    }

    /// <summary>The action is done: the pass is spent with it.</summary>
    public WebResult Spend(WebResult result) => result.WithCookie(Cookie(PassCookie, "", TimeSpan.Zero, strict: true));

    private WebResult Start(OwnerProofState state, string loginHint)
    {
        var expiresAt = time.GetUtcNow() + OwnerProofState.Lifetime;
        var url = identity.OwnerProofUrl(state.Seal(protection, expiresAt), state.CodeChallenge, state.Nonce, loginHint, state.Silent);
        // The identity platform comes back with a top-level GET from its own site: a Lax cookie goes with it, a Strict one would not.
        return new WebResult(303, RedirectTo: url.AbsoluteUri)
            .WithCookie(Cookie(BrowserCookie, state.Browser, OwnerProofState.Lifetime, strict: false));
    }

    private WebResult Refused(string language, Func<PageTexts, string> reason, int status, string logReason)
    {
        logger.LogWarning("Owner proof refused: {Reason}", logReason);
        var texts = PageTexts.For(language);
        return new HtmlPage(language, texts.ProofTitle).Paragraph(reason(texts)).Respond(status)
            .WithCookie(Cookie(BrowserCookie, "", TimeSpan.Zero, strict: false));
    }

    private WebResult OtherBrowser(OwnerProofState state) => Refused(state.Language, texts => texts.ProofOtherBrowser, 403, "finished in another browser");

    private WebCookie Cookie(string name, string value, TimeSpan lifetime, bool strict) =>
        new(name, value, lifetime, strict, Base);

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');
}
