using Microsoft.AspNetCore.Http;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Identity;

/// <summary>
/// /{tenant}/v2.0/adminconsent: an administrator grants a client every permission it asks for, for
/// every user of the tenant, then the reply address learns admin_consent=True with the tenant and
/// the permissions granted, or an error. Only the tenant's administrators may; anyone else is stopped
/// at the identity platform and the application hears nothing.
/// </summary>
internal sealed class AdminConsentEndpoint(TokenIssuer issuer, MailboxRegistry mailboxes, ConsentSettings consent, TenantGrants tenantGrants)
{
    private const string GraphResource = "https://graph.microsoft.com/";

    public IResult Show(HttpContext context, string tenant)
    {
        var request = Read(name => context.Request.Query[name].FirstOrDefault());
        if (Reject(request, tenant) is { } rejection) return rejection;
        return consent.Mode switch
        {
            ConsentMode.AutoAccept => Approve(request, ChooseAdministrator()),
            ConsentMode.AutoDeny => Cancelled(request),
            _ => Results.Content(ConsentPage.AdminConsent(request, mailboxes.All, context.Request.Path), "text/html; charset=utf-8"),
        };
    }

    public async Task<IResult> Decide(HttpContext context, string tenant)
    {
        var form = await context.Request.ReadFormAsync();
        var request = Read(name => form[name].FirstOrDefault());
        if (Reject(request, tenant) is { } rejection) return rejection;
        if (form["decision"] != "accept") return Cancelled(request);
        return Approve(request, mailboxes.Find(form["account"].FirstOrDefault() ?? "") ?? ChooseAdministrator());
    }

    private IResult Approve(AuthorizeRequest request, Mailbox account)
    {
        if (account.Owner.TenantId == MailboxOwner.ConsumerTenantId)
        {
            return Stopped("AADSTS90093: A personal Microsoft account cannot consent on behalf of an organization.");
        }
        if (!IsAdministrator(account))
        {
            return Stopped($"AADSTS90093: {account.Owner.Address} is not an administrator of {account.Owner.TenantId} and cannot grant this application permissions for the organization.");
        }
        // Whatever the tenant withholds from this application stays withheld: the grant holds the rest.
        var granted = request.Scopes.Select(GraphScopes.Canonical).OfType<string>().Where(scope => !consent.DeclinedScopes.Contains(scope)).ToList();
        tenantGrants.Grant(account.Owner.TenantId, request.ClientId!, granted);
        return Results.Redirect(request.RedirectWith([
            new("admin_consent", "True"),
            new("tenant", account.Owner.TenantId),
            new("scope", string.Join(' ', granted.Select(scope => GraphResource + scope))),
        ]));
    }

    private static IResult Cancelled(AuthorizeRequest request) =>
        Results.Redirect(request.RedirectWith([new("error", "permission_denied"), new("error_description", "The admin canceled the request")]));

    private IResult? Reject(AuthorizeRequest request, string tenant)
    {
        if (!issuer.IsRegisteredClient(request.ClientId))
        {
            return Stopped($"AADSTS700016: Application with identifier '{request.ClientId}' was not found in the directory.", StatusCodes.Status400BadRequest);
        }
        if (!request.HasLoopbackRedirect)
        {
            return Stopped($"AADSTS50011: The redirect URI '{request.RedirectUri}' specified in the request does not match the redirect URIs configured for the application.", StatusCodes.Status400BadRequest);
        }
        if (tenant is "consumers" or MailboxOwner.ConsumerTenantId)
        {
            return Stopped("AADSTS90093: Personal Microsoft accounts cannot give admin consent: use the organization's tenant or 'organizations'.", StatusCodes.Status400BadRequest);
        }
        var unknown = request.Scopes.FirstOrDefault(scope => GraphScopes.Canonical(scope) is null);
        if (unknown is not null || request.Scopes.Count == 0)
        {
            var error = OAuthError.InvalidScope(unknown ?? "");
            return Results.Redirect(request.RedirectWith([new("error", error.Error), new("error_description", error.FormattedDescription)]));
        }
        if (mailboxes.All.Count == 0) return Stopped("AADSTS50034: The sandbox serves no account to sign in with.", StatusCodes.Status400BadRequest);
        return null;
    }

    private bool IsAdministrator(Mailbox account) =>
        consent.Administrators.Contains(account.Key) || consent.Administrators.Any(account.Owner.Owns);

    /// <summary>In automatic mode the person signing in is the configured account, else the first administrator, else the first account (who is refused).</summary>
    private Mailbox ChooseAdministrator() =>
        (consent.SignInAs is { } signInAs ? mailboxes.Find(signInAs) : null)
        ?? mailboxes.All.FirstOrDefault(IsAdministrator)
        ?? mailboxes.All.First();

    /// <summary>The admin consent request carries the authorization request's client, reply address, scope and state, and nothing else.</summary>
    private static AuthorizeRequest Read(Func<string, string?> read) =>
        new(read("client_id"), ResponseType: null, read("redirect_uri"), read("scope"), read("state"), null, null, null, null, null, null);

    private static IResult Stopped(string detail, int status = StatusCodes.Status200OK) =>
        Results.Content(ConsentPage.Error("Need admin approval", detail), "text/html; charset=utf-8", statusCode: status);
}
