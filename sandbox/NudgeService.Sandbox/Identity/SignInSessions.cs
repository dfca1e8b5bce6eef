using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace NudgeService.Sandbox.Identity;

/// <summary>
/// Single sign-on as the identity platform keeps it: a browser that signed in carries a session
/// cookie, and what each account consented to for each client is remembered, so that prompt=none
/// can succeed silently in that browser and nowhere else.
/// </summary>
internal sealed class SignInSessions
{
    public const string Cookie = "sandbox-sso";

    private readonly ConcurrentDictionary<string, string> mailboxBySession = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string MailboxKey, string ClientId), IReadOnlySet<string>> consented = new();

    /// <summary>The mailbox signed in in this browser, if any.</summary>
    public string? SignedIn(HttpContext context) =>
        context.Request.Cookies[Cookie] is { } session && mailboxBySession.TryGetValue(session, out var mailboxKey) ? mailboxKey : null;

    /// <summary>After an interactive sign-in: the browser holds the session from now on.</summary>
    public void Start(HttpContext context, ConsentGrant grant)
    {
        var session = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        mailboxBySession[session] = grant.MailboxKey;
        consented.AddOrUpdate((grant.MailboxKey, grant.ClientId), grant.Scopes, (_, before) => before.Union(grant.Scopes).ToHashSet(StringComparer.Ordinal));
        context.Response.Cookies.Append(Cookie, session, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.None, Path = "/" });
    }

    /// <summary>Graph permissions (canonical) the account has not yet consented to for the client.</summary>
    public IEnumerable<string> NotConsented(string mailboxKey, string clientId, IEnumerable<string> scopes) =>
        consented.TryGetValue((mailboxKey, clientId), out var granted) ? scopes.Where(scope => !granted.Contains(scope)) : scopes;
}
