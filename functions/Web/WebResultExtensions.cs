using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NudgeService.Application.Web;

namespace NudgeService.Functions.Web;

public static class WebResultExtensions
{
    public static IActionResult ToActionResult(this WebResult result, HttpResponse response)
    {
        foreach (var (name, value) in WebResult.SecurityHeaders) response.Headers[name] = value;
        return result.RedirectTo is { } location
            ? new RedirectResult(location)
            : new ContentResult { StatusCode = result.Status, Content = result.Html, ContentType = "text/html; charset=utf-8" };
    }
}
