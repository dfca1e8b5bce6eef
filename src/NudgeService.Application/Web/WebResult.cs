namespace NudgeService.Application.Web;

/// <summary>What an HTTP handler answers, independent of the host (Functions or the local command line).</summary>
public sealed record WebResult(int Status, string? Html = null, string? RedirectTo = null, WebDownload? Download = null)
{
    /// <summary>Cookies the answer sets (or clears, with an empty value and no lifetime).</summary>
    public IReadOnlyList<WebCookie> Cookies { get; init; } = [];

    public WebResult WithCookie(WebCookie cookie) => this with { Cookies = [.. Cookies, cookie] };

    /// <summary>Headers of this answer beyond <see cref="SecurityHeaders"/>, such as Retry-After.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public WebResult WithHeader(string name, string value) => this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };

    /// <summary>A file the browser saves rather than shows.</summary>
    public static WebResult File(string content, string contentType, string fileName) => new(200, Download: new WebDownload(content, contentType, fileName));

    public static WebResult Page(int status, string html) => new(status, html);

    public static WebResult Redirect(string location) => new(302, RedirectTo: location);

    /// <summary>Our pages load nothing from elsewhere (a review's picture travels inside its page), post only to themselves, and are never cached or framed.</summary>
    public static readonly IReadOnlyDictionary<string, string> SecurityHeaders = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Cache-Control"] = "no-store",
    };
}

/// <param name="FileName">Plain ASCII, without quotes: it goes into Content-Disposition as it is.</param>
public sealed record WebDownload(string Content, string ContentType, string FileName)
{
    public string Disposition => $"attachment; filename=\"{FileName}\"";
}

/// <summary>
/// A cookie of ours: HttpOnly, for /api/ only, Secure when the service is reached over HTTPS.
/// </summary>
/// <param name="SameSiteStrict">Strict keeps it off every request another site starts; Lax still sends it on a top-level navigation back from the identity platform.</param>
/// <param name="Lifetime">Zero clears the cookie.</param>
/// <param name="PublicBaseUrl">Where the service is reached: an https address makes the cookie Secure.</param>
public sealed record WebCookie(string Name, string Value, TimeSpan Lifetime, bool SameSiteStrict, string PublicBaseUrl)
{
    public const string Path = "/api/";

    public bool Secure => PublicBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
