using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Application;
using NudgeService.Application.MailEvents;
using NudgeService.Application.Operations;
using NudgeService.Application.Web;
using NudgeService.Infrastructure;
using NudgeService.Web;

namespace NudgeService.LocalEnvironment;

/// <summary>
/// The Function App's HTTP endpoints served by Kestrel on loopback, through the same handlers, so
/// that the demo and the tests click through the real pages without the Functions host.
/// </summary>
public sealed class LocalWebHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalWebHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="settings">Configuration keys such as "Nudge:Identity:ClientId".</param>
    /// <param name="logs">Where log records go (tests capture them); none when null.</param>
    public static async Task<LocalWebHost> StartAsync(int port, IReadOnlyDictionary<string, string?> settings, ILoggerProvider? logs = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null) builder.Logging.AddProvider(logs);
        // Request logs would carry query strings, and the sign-in callback's holds an authorization code.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Services.AddApplicationServices().AddInfrastructureServices().AddWebServices();

        var app = builder.Build();
        // Every endpoint here is anonymous: each request spends from its client's bucket first.
        app.Use(async (context, next) =>
        {
            if (context.RequestServices.GetRequiredService<RequestLimiter>().Refusal(context.Request) is { } refusal)
            {
                await WebResponses.WriteAsync(context.Response, refusal, context.RequestAborted);
                return;
            }
            await next(context);
        });
        Map(app, GetOrHead, Routes.Connect, (endpoints, request, _) => Task.FromResult(endpoints.Connect(request)));
        Map(app, GetOrHead, Routes.AdminConsent, (endpoints, request, _) => Task.FromResult(endpoints.AdminConsent(request)));
        Map(app, ["GET"], Routes.Callback, (endpoints, request, token) => endpoints.CallbackAsync(request, token));
        Map(app, GetOrHead, Routes.Disconnect, (endpoints, request, token) => endpoints.DisconnectPageAsync(request, token));
        Map(app, ["POST"], Routes.Disconnect, (endpoints, request, token) => endpoints.DisconnectAsync(request, token));
        Map<ActionEndpoints>(app, GetOrHead, Routes.Nudge, (endpoints, request, token) => endpoints.ShowNudgeAsync(request, Token(request), token));
        Map<ActionEndpoints>(app, ["POST"], Routes.Nudge, (endpoints, request, token) => endpoints.ActOnNudgeAsync(request, Token(request), token));
        Map<ActionEndpoints>(app, GetOrHead, Routes.Review, (endpoints, request, token) => endpoints.ShowReviewAsync(request, Token(request), token));
        Map<ActionEndpoints>(app, GetOrHead, Routes.Account, (endpoints, request, token) => endpoints.ShowAccountAsync(request, Token(request), token));
        Map<ActionEndpoints>(app, ["POST"], Routes.Account, (endpoints, request, token) => endpoints.ActOnAccountAsync(request, Token(request), token));
        app.MapPost(Routes.PathOf(Routes.MailEvents), async (HttpContext context, MailEventWebhook webhook) =>
            await MailEventBodies.ReadAsync(context.Request.Body, context.RequestAborted) is { } body
                ? Results.StatusCode(await webhook.ReceiveAsync(context.Request.Headers[MailEventWebhook.SignatureHeader].ToString(),
                    context.Request.Headers[MailEventWebhook.TimestampHeader].ToString(), body, context.RequestAborted))
                : Results.StatusCode(StatusCodes.Status413PayloadTooLarge)).DisableAntiforgery();
        app.MapGet(Routes.PathOf(Routes.Health), async (HttpContext context, HealthCheck health) =>
        {
            var report = await health.CheckAsync(context.RequestAborted);
            return Results.Json(report, statusCode: report.HttpStatus);
        });
        await app.StartAsync(cancellationToken);
        return new LocalWebHost(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>HTTP asks for HEAD wherever GET is served (link checkers use it); Kestrel sends a HEAD's headers and drops its body.</summary>
    private static readonly string[] GetOrHead = ["GET", "HEAD"];

    private static void Map(WebApplication app, string[] methods, string route, Func<AccountEndpoints, HttpRequest, CancellationToken, Task<WebResult>> handle) =>
        Map<AccountEndpoints>(app, methods, route, handle);

    private static void Map<TEndpoints>(WebApplication app, string[] methods, string route, Func<TEndpoints, HttpRequest, CancellationToken, Task<WebResult>> handle) where TEndpoints : notnull =>
        app.MapMethods(Routes.PathOf(route), methods, async (HttpContext context, TEndpoints endpoints) =>
            await WebResponses.WriteAsync(context.Response, await handle(endpoints, context.Request, context.RequestAborted), context.RequestAborted)).DisableAntiforgery();

    private static string Token(HttpRequest request) => (string)request.RouteValues["token"]!;
}
