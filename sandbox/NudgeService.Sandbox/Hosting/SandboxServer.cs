using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Sandbox.Admin;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Hosting;

/// <summary>
/// A running Outlook sandbox: Microsoft Graph and SendGrid over plain HTTP, the identity platform
/// over HTTPS, all on loopback.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SandboxServer(WebApplication app, SandboxOptions options, X509Certificate2 certificate, Uri baseUrl, Uri secureBaseUrl)
    {
        this.app = app;
        Options = options;
        Certificate = certificate;
        BaseUrl = baseUrl;
        SecureBaseUrl = secureBaseUrl;
    }

    public SandboxOptions Options { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>http://127.0.0.1:port/ — Graph lives under v1.0/, SendGrid under v3/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>https://127.0.0.1:port/ — the identity platform.</summary>
    public Uri SecureBaseUrl { get; }

    public Uri GraphUrl => new(BaseUrl, "v1.0");

    /// <summary>The authority to give MSAL: the multi-tenant "common" endpoint.</summary>
    public Uri Authority => new(SecureBaseUrl, "common/");

    public MailboxRegistry Mailboxes => app.Services.GetRequiredService<MailboxRegistry>();

    public IServiceProvider Services => app.Services;

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        var certificate = SandboxCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (options.LogRequests) builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 32 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Listen(IPAddress.Loopback, options.SecurePort, listen => listen.UseHttps(certificate));
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(certificate);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<MailboxRegistry>();
        foreach (var feature in SandboxFeatures.All) feature.AddServices(builder.Services);

        var app = builder.Build();
        foreach (var feature in SandboxFeatures.All) feature.MapEndpoints(app);
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var baseUrl = new Uri(addresses.Single(address => address.StartsWith("http://", StringComparison.Ordinal)) + "/");
        var secureBaseUrl = new Uri(addresses.Single(address => address.StartsWith("https://", StringComparison.Ordinal)) + "/");
        return new SandboxServer(app, options, certificate, baseUrl, secureBaseUrl);
    }

    /// <summary>Serves a mailbox and, when a data folder is set, writes its ground truth next to it.</summary>
    public Mailbox AddMailbox(MailboxSeed seed) => app.Services.GetRequiredService<MailboxSources>().Serve(seed);

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
