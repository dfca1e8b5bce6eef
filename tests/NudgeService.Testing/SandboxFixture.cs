using NudgeService.Sandbox.Hosting;
using Xunit;

namespace NudgeService.Testing;

/// <summary>
/// One Outlook sandbox on free loopback ports for a test class. Tests add their own mailboxes so
/// that clocks, faults and deltas never leak from one test to another.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private SandboxServer? server;

    public SandboxServer Server => server ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync() => server = await SandboxServer.StartAsync(new SandboxOptions { AutoConsent = true });

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}
