using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.LocalEnvironment;

/// <summary>
/// NudgeService as it runs locally: Azurite, the Outlook sandbox, and the HTTP endpoints on free
/// loopback ports, configured exactly as production is but for the URLs.
/// </summary>
public sealed class LocalStack : IAsyncDisposable
{
    private readonly AzuriteProcess azurite;
    private readonly DirectoryInfo certificateFolder;
    private readonly ILoggerProvider? logs;

    private LocalStack(AzuriteProcess azurite, SandboxServer sandbox, LocalWebHost web, DirectoryInfo certificateFolder, IReadOnlyDictionary<string, string?> settings, ILoggerProvider? logs)
    {
        this.azurite = azurite;
        this.certificateFolder = certificateFolder;
        this.logs = logs;
        Sandbox = sandbox;
        Web = web;
        Settings = settings;
    }

    public SandboxServer Sandbox { get; }

    public LocalWebHost Web { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string StorageConnectionString => azurite.ConnectionString;

    /// <param name="logs">Where the services' log records go (tests capture them); none when null.</param>
    public static async Task<LocalStack> StartAsync(ILoggerProvider? logs = null)
    {
        var azurite = await AzuriteProcess.StartAsync();
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { AutoConsent = true });
        var certificateFolder = Directory.CreateTempSubdirectory("sandbox-cert-");
        var certificatePath = Path.Combine(certificateFolder.FullName, "sandbox.pem");
        await File.WriteAllTextAsync(certificatePath, SandboxCertificate.ToPem(sandbox.Certificate));
        var port = FreePorts.Take(1)[0];
        var settings = LocalSettings.For(sandbox, azurite.ConnectionString, new Uri($"http://127.0.0.1:{port}/"), certificatePath);
        var web = await LocalWebHost.StartAsync(port, settings, logs);
        LocalSettings.PostMailEventsTo(sandbox, web.BaseUrl);
        return new LocalStack(azurite, sandbox, web, certificateFolder, settings, logs);
    }

    /// <summary>Serves the seeded mailbox and connects its owner through the real pages.</summary>
    public async Task<Mailbox> ConnectAsync(MailboxSeed seed, CancellationToken cancellationToken = default)
    {
        var mailbox = Sandbox.AddMailbox(seed);
        await LocalConnection.ConnectAsync(Web.BaseUrl, mailbox, Sandbox.Certificate, cancellationToken);
        return mailbox;
    }

    /// <summary>The application services for background work on this mailbox, on the mailbox's own clock.</summary>
    public ServiceProvider ServicesFor(Mailbox mailbox) => LocalServices.Create(Settings, new MailboxTime(mailbox), logs);

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Sandbox.DisposeAsync();
        await azurite.DisposeAsync();
        certificateFolder.Delete(recursive: true);
    }
}
