using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Benchmarks;

/// <summary>
/// NudgeService as it runs locally: Azurite, the Outlook sandbox and the connect pages on
/// loopback, configured as production is but for the URLs.
/// </summary>
internal sealed class LocalStack : IAsyncDisposable
{
    private readonly AzuriteProcess azurite;
    private readonly SandboxServer sandbox;
    private readonly LocalWebHost web;
    private readonly DirectoryInfo certificateFolder;
    private readonly IReadOnlyDictionary<string, string?> settings;

    private LocalStack(AzuriteProcess azurite, SandboxServer sandbox, LocalWebHost web, DirectoryInfo certificateFolder, IReadOnlyDictionary<string, string?> settings)
    {
        this.azurite = azurite;
        this.sandbox = sandbox;
        this.web = web;
        this.certificateFolder = certificateFolder;
        this.settings = settings;
    }

    public static async Task<LocalStack> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync();
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { AutoConsent = true });
        var certificateFolder = Directory.CreateTempSubdirectory("bench-sandbox-cert-");
        var certificatePath = Path.Combine(certificateFolder.FullName, "sandbox.pem");
        await File.WriteAllTextAsync(certificatePath, SandboxCertificate.ToPem(sandbox.Certificate));
        var port = FreePorts.Take(1)[0];
        var settings = LocalSettings.For(sandbox, azurite.ConnectionString, new Uri($"http://127.0.0.1:{port}/"), certificatePath);
        var web = await LocalWebHost.StartAsync(port, settings);
        return new LocalStack(azurite, sandbox, web, certificateFolder, settings);
    }

    /// <summary>Serves the persona's mailbox and connects its owner through the real pages.</summary>
    public async Task<ConnectedMailbox> ConnectAsync(MailboxSeed persona)
    {
        var mailbox = sandbox.AddMailbox(persona);
        await LocalConnection.ConnectAsync(web.BaseUrl, mailbox, sandbox.Certificate, CancellationToken.None);
        return new ConnectedMailbox(
            mailbox,
            UserIds.From(mailbox.Owner.ObjectId, mailbox.Owner.TenantId),
            LocalServices.Create(settings, new MailboxTime(mailbox)),
            sandbox.Services.GetRequiredService<MailboxTraffic>(),
            azurite.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await web.DisposeAsync();
        await sandbox.DisposeAsync();
        await azurite.DisposeAsync();
        certificateFolder.Delete(recursive: true);
    }
}
