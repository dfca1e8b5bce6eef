using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using NudgeService.Web;

namespace NudgeService.Functions.Web;

/// <summary>
/// Every HTTP function of this app is anonymous at the platform: each request spends from its
/// client's bucket before the function runs, and a refused one is answered here with the 429 page.
/// </summary>
internal sealed class RequestLimitMiddleware(RequestLimiter limiter) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http && limiter.Refusal(http.Request) is { } refusal)
        {
            await WebResponses.WriteAsync(http.Response, refusal, http.RequestAborted);
            return;
        }
        await next(context);
    }
}
