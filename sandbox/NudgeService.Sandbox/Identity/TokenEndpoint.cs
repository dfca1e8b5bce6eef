using System.Text;
using Microsoft.AspNetCore.Http;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Identity;

/// <summary>/{tenant}/oauth2/v2.0/token for the authorization_code (with PKCE) and refresh_token grants.</summary>
internal sealed class TokenEndpoint(TokenIssuer issuer, IdTokens idTokens, MailboxRegistry mailboxes, TimeProvider time)
{
    public async Task<IResult> Handle(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return Error(OAuthError.InvalidRequest("The request body must contain the following parameter: 'grant_type'."));
        var form = await context.Request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(context.Request, form);
        if (!issuer.IsRegisteredClient(clientId)) return Error(OAuthError.UnknownClient(clientId ?? ""));
        if (!issuer.IsClientSecret(secret)) return Error(OAuthError.InvalidClient(), StatusCodes.Status401Unauthorized);

        var requestedScopes = GraphScopes.Split(form["scope"]);
        ConsentGrant? grant;
        string? nonce = null;
        OAuthError? error;
        switch (form["grant_type"].FirstOrDefault())
        {
            case "authorization_code":
                (grant, nonce, error) = issuer.RedeemCode(form["code"], form["redirect_uri"], form["code_verifier"]);
                break;
            case "refresh_token":
                (grant, error) = issuer.RedeemRefreshToken(form["refresh_token"], requestedScopes);
                break;
            default:
                return Error(OAuthError.UnsupportedGrantType(form["grant_type"]));
        }
        if (error is not null) return Error(error);
        if (grant!.ClientId != clientId) return Error(OAuthError.CodeInvalid());
        if (mailboxes.Find(grant.MailboxKey) is not { } mailbox) return Error(OAuthError.RefreshRevoked());

        var (accessToken, refreshToken) = issuer.IssueTokens(grant);
        var issuerBase = $"{context.Request.Scheme}://{context.Request.Host}";
        var response = new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = GraphScopes.TokenResponseScope(grant.Scopes),
            ["expires_in"] = (int)TokenIssuer.AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)TokenIssuer.AccessTokenLifetime.TotalSeconds,
            ["access_token"] = accessToken,
            ["id_token"] = idTokens.Create(mailbox.Owner, clientId!, issuerBase, nonce),
            ["client_info"] = IdTokens.ClientInfo(mailbox.Owner),
        };
        if (refreshToken is not null) response["refresh_token"] = refreshToken;
        return Results.Json(response);
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.FirstOrDefault();
        if (header is not null && header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var separator = decoded.IndexOf(':');
            if (separator > 0) return (Uri.UnescapeDataString(decoded[..separator]), Uri.UnescapeDataString(decoded[(separator + 1)..]));
        }
        return (form["client_id"], form["client_secret"]);
    }

    private IResult Error(OAuthError error, int status = StatusCodes.Status400BadRequest)
    {
        var body = new Dictionary<string, object>
        {
            ["error"] = error.Error,
            ["error_description"] = error.FormattedDescription,
            ["error_codes"] = new[] { error.Code },
            ["timestamp"] = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'"),
            ["trace_id"] = Guid.NewGuid().ToString(),
            ["correlation_id"] = Guid.NewGuid().ToString(),
        };
        if (error.SubError is not null) body["suberror"] = error.SubError;
        return Results.Json(body, statusCode: status);
    }
}
