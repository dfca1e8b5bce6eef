using Microsoft.AspNetCore.Http;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Identity;

/// <summary>/{tenant}/oauth2/v2.0/authorize: validates the request, gets consent, redirects with a code or an error.</summary>
internal sealed class AuthorizeEndpoint(TokenIssuer issuer, MailboxRegistry mailboxes, ConsentSettings consent, SignInSessions sessions, TenantGrants tenantGrants)
{
    public IResult Show(HttpContext context)
    {
        var request = AuthorizeRequest.From(name => context.Request.Query[name].FirstOrDefault());
        if (Reject(request) is { } rejection) return rejection;
        if (request.Prompt == "none") return Silently(context, request);
        return consent.Mode switch
        {
            ConsentMode.AutoAccept => Accept(context, request, ChooseMailbox(consent.SignInAs ?? request.LoginHint)),
            ConsentMode.AutoDeny => Deny(request),
            _ => Results.Content(ConsentPage.Render(request, mailboxes.All, context.Request.Path), "text/html; charset=utf-8"),
        };
    }

    public async Task<IResult> Decide(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var request = AuthorizeRequest.From(name => form[name].FirstOrDefault());
        if (Reject(request) is { } rejection) return rejection;
        if (form["decision"] != "accept") return Deny(request);
        var mailbox = mailboxes.Find(form["account"].FirstOrDefault() ?? "") ?? ChooseMailbox(request.LoginHint);
        if (ConsentBlocked(mailbox, request) is { } blocked) return Results.Content(ConsentPage.NeedAdminApproval(request, context.Request.Path, blocked), "text/html; charset=utf-8");
        return Grant(context, request, mailbox, request.Scopes.Where(scope => !IsDeclined(scope)));
    }

    /// <summary>A person who accepts whatever is asked: one who meets "Need admin approval" can only go back to the application without consenting.</summary>
    private IResult Accept(HttpContext context, AuthorizeRequest request, Mailbox mailbox) =>
        ConsentBlocked(mailbox, request) is null ? Grant(context, request, mailbox, request.Scopes.Where(scope => !IsDeclined(scope))) : Deny(request);

    /// <summary>
    /// prompt=none: a code only for the browser's own session, for the hinted account, with every
    /// permission already consented; otherwise the error the identity platform sends to the reply address.
    /// </summary>
    private IResult Silently(HttpContext context, AuthorizeRequest request)
    {
        if (sessions.SignedIn(context) is not { } signedIn || mailboxes.Find(signedIn) is not { } mailbox)
        {
            return Respond(request, [new("error", "login_required"), new("error_description", "AADSTS50058: A silent sign-in request was sent but no user is signed in.")]);
        }
        if (request.LoginHint is { } hint && !mailbox.Owner.Owns(hint) && !string.Equals(hint, mailbox.Owner.SignIn, StringComparison.OrdinalIgnoreCase))
        {
            return Respond(request, [new("error", "interaction_required"), new("error_description", "AADSTS16000: The account signed in to this browser is not the one named by login_hint; the user must choose an account.")]);
        }
        var graphScopes = request.Scopes.Select(GraphScopes.Canonical).OfType<string>();
        if (NotConsented(mailbox, request.ClientId!, graphScopes).FirstOrDefault() is { } missing)
        {
            return Respond(request, [new("error", "consent_required"), new("error_description", OAuthError.ConsentRequired(missing).FormattedDescription)]);
        }
        return Grant(context: null, request, mailbox, request.Scopes);
    }

    private IResult? Reject(AuthorizeRequest request)
    {
        if (!issuer.IsRegisteredClient(request.ClientId))
        {
            return ErrorPage($"AADSTS700016: Application with identifier '{request.ClientId}' was not found in the directory.");
        }
        if (!request.HasLoopbackRedirect)
        {
            return ErrorPage($"AADSTS50011: The redirect URI '{request.RedirectUri}' specified in the request does not match the redirect URIs configured for the application.");
        }
        if (request.ResponseType != "code")
        {
            return Results.Redirect(request.RedirectWith([new("error", "unsupported_response_type"), new("error_description", "AADSTS700054: response_type must be 'code'.")]));
        }
        var unknown = request.Scopes.FirstOrDefault(scope => !GraphScopes.OpenIdScopes.Contains(scope) && GraphScopes.Canonical(scope) is null);
        if (unknown is not null || request.Scopes.Count == 0)
        {
            var error = OAuthError.InvalidScope(unknown ?? "");
            return Results.Redirect(request.RedirectWith([new("error", error.Error), new("error_description", error.FormattedDescription)]));
        }
        if (mailboxes.All.Count == 0) return ErrorPage("AADSTS50034: The sandbox serves no mailbox to sign in with.");
        return null;
    }

    /// <param name="context">The browser to start a session in, after an interactive sign-in; null for a silent one.</param>
    private IResult Grant(HttpContext? context, AuthorizeRequest request, Mailbox mailbox, IEnumerable<string> scopes)
    {
        var requested = scopes.ToList();
        var graphScopes = requested.Where(scope => GraphScopes.Canonical(scope) is not null).ToList();
        var grant = new ConsentGrant(
            mailbox.Key,
            request.ClientId!,
            graphScopes.Select(scope => GraphScopes.Canonical(scope)!).ToHashSet(StringComparer.Ordinal),
            requested.Contains("offline_access", StringComparer.OrdinalIgnoreCase));
        if (context is not null) sessions.Start(context, grant);
        var code = issuer.IssueCode(grant, request.RedirectUri!, request.CodeChallenge, request.CodeChallengeMethod, request.Nonce);
        return Respond(request, [new("code", code)]);
    }

    /// <summary>
    /// Why the account may not consent to what the request still needs, in Entra's words (the page
    /// stays at the identity platform: the application learns nothing but a cancelled consent), or
    /// null when it may. Permissions the tenant never grants are not asked for, so they block nothing.
    /// </summary>
    private string? ConsentBlocked(Mailbox mailbox, AuthorizeRequest request)
    {
        if (mailbox.Owner.TenantId == MailboxOwner.ConsumerTenantId || consent.UserConsent == UserConsentPolicy.Allowed) return null;
        var needed = request.Scopes.Select(GraphScopes.Canonical).OfType<string>().Where(scope => !consent.DeclinedScopes.Contains(scope));
        if (!NotConsented(mailbox, request.ClientId!, needed).Any()) return null;
        return consent.UserConsent == UserConsentPolicy.AdminOnly
            ? $"AADSTS90093: An administrator of {mailbox.Owner.TenantId} has set a policy that prevents you from granting this application the permissions it is requesting. Contact an administrator of {mailbox.Owner.TenantId}, who can grant permissions to this application on your behalf."
            : "AADSTS90094: This application needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.";
    }

    /// <summary>What neither the account itself nor its tenant's admin consented to for the client.</summary>
    private IEnumerable<string> NotConsented(Mailbox mailbox, string clientId, IEnumerable<string> canonicalScopes) =>
        sessions.NotConsented(mailbox.Key, clientId, canonicalScopes).Where(scope => !tenantGrants.Covers(mailbox.Owner.TenantId, clientId, scope));

    /// <summary>Cancel on the consent page, or "Return to the application without granting consent" on the admin approval one.</summary>
    private static IResult Deny(AuthorizeRequest request) =>
        Respond(request, [new("error", "access_denied"), new("error_subcode", "cancel"), new("error_description", "AADSTS65004: User declined to consent to access the app.")]);

    private static IResult Respond(AuthorizeRequest request, KeyValuePair<string, string?>[] parameters)
    {
        if (request.ResponseMode != "form_post") return Results.Redirect(request.RedirectWith(parameters));
        return Results.Content(FormPost.Render(request.RedirectUri!, parameters.Append(KeyValuePair.Create("state", request.State))), "text/html; charset=utf-8");
    }

    private Mailbox ChooseMailbox(string? loginHint) =>
        (loginHint is null ? null : mailboxes.Find(loginHint)) ?? mailboxes.All.First();

    private bool IsDeclined(string scope) =>
        GraphScopes.Canonical(scope) is { } canonical && consent.DeclinedScopes.Contains(canonical);

    private static IResult ErrorPage(string detail) =>
        Results.Content(ConsentPage.Error("Sign-in error", detail), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
