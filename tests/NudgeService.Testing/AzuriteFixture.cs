using System.Diagnostics;
using System.Net.Sockets;
using Xunit;

namespace NudgeService.Testing;

/// <summary>
/// Starts the Azurite storage emulator (installing it with npm ci when needed) on free loopback
/// ports, in memory, and stops it when the tests are done.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Process? process;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Path;
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script)) await RunToCompletionAsync("npm", "ci --no-audit --no-fund", root);

        var ports = FreePorts.Take(3);
        var workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
        process = Process.Start(new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--inMemoryPersistence", "--skipApiVersionCheck", "--silent", "--location", workspace,
                "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(),
                "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        foreach (var port in ports) await WaitForPortAsync(port);

        ConnectionString = string.Join(';',
            "DefaultEndpointsProtocol=http",
            "AccountName=devstoreaccount1",
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1",
            $"QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1",
            $"TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1");
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.Dispose();
        return Task.CompletedTask;
    }

    private async Task WaitForPortAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process!.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task RunToCompletionAsync(string fileName, string arguments, string workingDirectory)
    {
        using var install = Process.Start(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = workingDirectory })
            ?? throw new InvalidOperationException($"{fileName} did not start.");
        await install.WaitForExitAsync();
        if (install.ExitCode != 0) throw new InvalidOperationException($"'{fileName} {arguments}' failed with exit code {install.ExitCode}.");
    }
}
