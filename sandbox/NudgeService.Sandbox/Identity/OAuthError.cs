namespace NudgeService.Sandbox.Identity;

/// <summary>An error of the token endpoint in the identity platform's shape (error, AADSTS description, codes).</summary>
public sealed record OAuthError(string Error, int Code, string Description, string? SubError = null)
{
    public static OAuthError InvalidClient() =>
        new("invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.");

    public static OAuthError UnknownClient(string clientId) =>
        new("unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory.");

    public static OAuthError CodeRedeemed() =>
        new("invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.");

    public static OAuthError CodeInvalid() =>
        new("invalid_grant", 70008, "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.");

    public static OAuthError RedirectMismatch() =>
        new("invalid_grant", 500112, "The reply address does not match the reply address provided when requesting the authorization code.");

    public static OAuthError PkceMismatch() =>
        new("invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");

    public static OAuthError RefreshRevoked() =>
        new("invalid_grant", 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.", "bad_token");

    public static OAuthError ConsentRequired(string scope) =>
        new("invalid_grant", 65001, $"The user or administrator has not consented to use the application for the scope '{scope}'. Send an interactive authorization request for this user and resource.", "consent_required");

    public static OAuthError InvalidRequest(string what) => new("invalid_request", 900144, what);

    public static OAuthError UnsupportedGrantType(string? grantType) =>
        new("unsupported_grant_type", 70003, $"The app requested an unsupported grant type '{grantType}'.");

    public static OAuthError InvalidScope(string scope) =>
        new("invalid_scope", 70011, $"The provided value for the input parameter 'scope' is not valid. The scope '{scope}' does not exist.");

    public string FormattedDescription => $"AADSTS{Code}: {Description}";
}
