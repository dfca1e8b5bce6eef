using System.Diagnostics;
using System.Net.Sockets;

namespace NudgeService.LocalEnvironment;

/// <summary>
/// The Azurite storage emulator (Blobs, Queues, Tables) as a child process on loopback, kept in
/// memory, installed with npm ci from the repository's lock file when it is missing.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's documented development account; a public, well-known value, not a secret.</summary>
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly string workspace;

    private AzuriteProcess(Process process, string workspace, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        this.workspace = workspace;
        ConnectionString = string.Join(';',
            "DefaultEndpointsProtocol=http",
            "AccountName=devstoreaccount1",
            $"AccountKey={AccountKey}",
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1",
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1",
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1");
    }

    public string ConnectionString { get; }

    /// <summary>Starts Azurite on the given ports, or on free ones when none are given.</summary>
    public static async Task<AzuriteProcess> StartAsync(int[]? ports = null, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        var root = RepositoryLayout.Root;
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            progress?.WriteLine("Installing Azurite (npm ci)…");
            await RunToCompletionAsync("npm", "ci --no-audit --no-fund", root, cancellationToken);
        }
        ports ??= FreePorts.Take(3);
        // Azurite writes its debug log and extents to the working directory; a temporary one keeps the repository clean.
        var workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
        var process = Process.Start(new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--inMemoryPersistence", "--skipApiVersionCheck", "--silent",
                "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(),
                "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(),
                "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(),
            },
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node did not start; Azurite needs Node.js on the PATH.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, workspace, ports[0], ports[1], ports[2]);
        try
        {
            foreach (var port in ports) await azurite.WaitForPortAsync(port, cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
        Directory.Delete(workspace, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task WaitForPortAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on port {port}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task RunToCompletionAsync(string fileName, string arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        using var install = Process.Start(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = workingDirectory })
            ?? throw new InvalidOperationException($"{fileName} did not start.");
        await install.WaitForExitAsync(cancellationToken);
        if (install.ExitCode != 0) throw new InvalidOperationException($"'{fileName} {arguments}' failed with exit code {install.ExitCode}.");
    }
}
