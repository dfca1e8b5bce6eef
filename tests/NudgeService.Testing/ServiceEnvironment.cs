using Microsoft.Extensions.DependencyInjection;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Identity;
using Xunit;

namespace NudgeService.Testing;

/// <summary>The local stack for a test collection, with every log record captured.</summary>
public sealed class ServiceEnvironment : IAsyncLifetime
{
    private LocalStack? stack;

    public LocalStack Stack => stack!;

    public SandboxServer Sandbox => Stack.Sandbox;

    public LocalWebHost Web => Stack.Web;

    public CapturedLogs Logs { get; } = new();

    public IReadOnlyDictionary<string, string?> Settings => Stack.Settings;

    public string StorageConnectionString => Stack.StorageConnectionString;

    public async Task InitializeAsync() => stack = await LocalStack.StartAsync(Logs);

    public ConsentSettings Consent => Sandbox.Services.GetRequiredService<ConsentSettings>();

    /// <summary>A browser that trusts the sandbox's certificate and does not follow redirects, so each hop can be checked.</summary>
    public HttpClient Browser() => new SandboxHttp(Sandbox.Certificate).CreateClient(allowRedirects: false);

    public async Task DisposeAsync()
    {
        if (stack is not null) await stack.DisposeAsync();
    }
}
