using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NudgeService.Application.Web;

namespace NudgeService.Web;

/// <summary>
/// The one mapping of a <see cref="WebResult"/> onto HTTP, for the Function App and the local host
/// alike: status, security headers, cookies, and the page, download or redirect.
/// </summary>
public static class WebResponses
{
    public static Task WriteAsync(HttpResponse response, WebResult result, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in WebResult.SecurityHeaders.Concat(result.Headers)) response.Headers[name] = value;
        foreach (var cookie in result.Cookies) response.Cookies.Append(cookie.Name, cookie.Value, Options(cookie));
        response.StatusCode = result.Status;
        if (result.Download is { } download)
        {
            response.Headers.ContentDisposition = download.Disposition;
            response.ContentType = download.ContentType;
            return response.WriteAsync(download.Content, cancellationToken);
        }
        if (result.RedirectTo is { } location)
        {
            response.Headers.Location = location;
            return Task.CompletedTask;
        }
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(result.Html ?? "", cancellationToken);
    }

    /// <summary>The result as a Function's answer.</summary>
    public static IActionResult ToActionResult(this WebResult result) => new WrittenResult(result);

    /// <summary>A broken link names no account, so its page speaks the browser's language.</summary>
    public static string Language(HttpRequest request) => Languages.From(request.Headers.AcceptLanguage.ToString());

    private static CookieOptions Options(WebCookie cookie) => new()
    {
        HttpOnly = true,
        Path = WebCookie.Path,
        Secure = cookie.Secure,
        SameSite = cookie.SameSiteStrict ? SameSiteMode.Strict : SameSiteMode.Lax,
        MaxAge = cookie.Lifetime,
        IsEssential = true,
    };

    private sealed class WrittenResult(WebResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext.Response, result, context.HttpContext.RequestAborted);
    }
}
