using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NudgeService.Application.Web;

namespace NudgeService.Functions.Web;

public static class WebResultExtensions
{
    public static IActionResult ToActionResult(this WebResult result, HttpResponse response)
    {
        foreach (var (name, value) in WebResult.SecurityHeaders.Concat(result.Headers)) response.Headers[name] = value;
        foreach (var cookie in result.Cookies) response.Cookies.Append(cookie.Name, cookie.Value, cookie.Options());
        if (result.Download is { } download)
        {
            response.Headers.ContentDisposition = download.Disposition;
            return new ContentResult { StatusCode = result.Status, Content = download.Content, ContentType = download.ContentType };
        }
        if (result.RedirectTo is not { } location) return new ContentResult { StatusCode = result.Status, Content = result.Html, ContentType = "text/html; charset=utf-8" };
        response.Headers.Location = location;
        return new StatusCodeResult(result.Status);
    }
}
