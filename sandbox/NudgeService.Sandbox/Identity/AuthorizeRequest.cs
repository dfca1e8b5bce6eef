using Microsoft.AspNetCore.Http;

namespace NudgeService.Sandbox.Identity;

/// <summary>The parameters of an authorization request, read from the query (GET) or the consent form (POST).</summary>
internal sealed record AuthorizeRequest(
    string? ClientId,
    string? ResponseType,
    string? RedirectUri,
    string? Scope,
    string? State,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    string? Nonce,
    string? LoginHint,
    string? ResponseMode,
    string? Prompt)
{
    public static readonly string[] FieldNames =
        ["client_id", "response_type", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "nonce", "login_hint", "response_mode", "prompt"];

    public static AuthorizeRequest From(Func<string, string?> read) => new(
        read("client_id"), read("response_type"), read("redirect_uri"), read("scope"), read("state"),
        read("code_challenge"), read("code_challenge_method"), read("nonce"), read("login_hint"), read("response_mode"), read("prompt"));

    public IEnumerable<KeyValuePair<string, string?>> Fields() =>
        FieldNames.Zip([ClientId, ResponseType, RedirectUri, Scope, State, CodeChallenge, CodeChallengeMethod, Nonce, LoginHint, ResponseMode, Prompt], KeyValuePair.Create);

    public IReadOnlyList<string> Scopes => GraphScopes.Split(Scope);

    /// <summary>The sandbox registers every loopback reply address, as a developer's app registration would.</summary>
    public bool HasLoopbackRedirect =>
        Uri.TryCreate(RedirectUri, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;

    public string RedirectWith(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var withState = parameters.Append(KeyValuePair.Create("state", State)).Where(parameter => parameter.Value is not null);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(RedirectUri!, withState);
    }
}
