using Microsoft.Extensions.DependencyInjection;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using Xunit;

namespace NudgeService.Testing;

/// <summary>
/// NudgeService as it runs locally: Azurite, the Outlook sandbox, and the HTTP endpoints on a
/// loopback port, configured exactly as production is but for the URLs.
/// </summary>
public sealed class ServiceEnvironment : IAsyncLifetime
{
    private AzuriteProcess? azurite;
    private string? certificatePath;

    public SandboxServer Sandbox { get; private set; } = null!;

    public LocalWebHost Web { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    public string StorageConnectionString => azurite!.ConnectionString;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { AutoConsent = true });
        certificatePath = Path.Combine(Directory.CreateTempSubdirectory("sandbox-cert-").FullName, "sandbox.pem");
        await File.WriteAllTextAsync(certificatePath, SandboxCertificate.ToPem(Sandbox.Certificate));
        var port = FreePorts.Take(1)[0];
        Settings = LocalSettings.For(Sandbox, azurite.ConnectionString, new Uri($"http://127.0.0.1:{port}/"), certificatePath);
        Web = await LocalWebHost.StartAsync(port, Settings, Logs);
    }

    public ConsentSettings Consent => Sandbox.Services.GetRequiredService<ConsentSettings>();

    /// <summary>A browser that trusts the sandbox's certificate and does not follow redirects, so each hop can be checked.</summary>
    public HttpClient Browser() => new SandboxHttp(Sandbox.Certificate).CreateClient(allowRedirects: false);

    public async Task DisposeAsync()
    {
        if (Web is not null) await Web.DisposeAsync();
        if (Sandbox is not null) await Sandbox.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
        if (certificatePath is not null) Directory.Delete(Path.GetDirectoryName(certificatePath)!, recursive: true);
    }
}
