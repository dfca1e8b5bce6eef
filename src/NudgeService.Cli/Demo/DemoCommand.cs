using System.CommandLine;
using NudgeService.Cli.Sandbox;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Cli.Demo;

/// <summary>nudge demo: storage emulator and sandbox with a seeded persona, ready to look around.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Sandbox HTTP port; HTTPS sign-in listens on the next one.", DefaultValueFactory = _ => 5080 };
        var webPort = new Option<int>("--web-port") { Description = "Port of NudgeService's own pages (connect, disconnect).", DefaultValueFactory = _ => 7071 };
        var noWait = new Option<bool>("--no-wait") { Description = "Print the report and stop instead of serving until Ctrl+C." };
        var mailbox = new MailboxChoice();
        mailbox.Persona.DefaultValueFactory = _ => "medium";
        var command = new Command("demo", "Start Azurite and the Outlook sandbox with a seeded persona.") { port, webPort, noWait };
        mailbox.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            Console.Out.WriteLine("Starting Azurite (Tables, Queues, Blobs)…");
            await using var azurite = await AzuriteProcess.StartAsync(progress: Console.Out, cancellationToken: cancellationToken);
            await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
            {
                Port = result.GetValue(port),
                SecurePort = result.GetValue(port) + 1,
                AutoConsent = true,
                DataDirectory = Path.Combine(RepositoryLayout.Root, ".sandbox"),
            }, cancellationToken);
            Directory.CreateDirectory(Path.Combine(RepositoryLayout.Root, ".sandbox"));
            if (!SandboxReport.TryAddMailbox(sandbox, mailbox.ToRequest(result), Console.Error)) return 2;
            SandboxReport.Print(sandbox, Console.Out);
            Console.Out.WriteLine($"Storage (Azurite)   {Redacted(azurite.ConnectionString)}");

            var dataDirectory = Path.Combine(RepositoryLayout.Root, ".sandbox");
            var certificatePath = Path.Combine(dataDirectory, "sandbox-certificate.pem");
            await File.WriteAllTextAsync(certificatePath, SandboxCertificate.ToPem(sandbox.Certificate), cancellationToken);
            var webBaseUrl = new Uri($"http://127.0.0.1:{result.GetValue(webPort)}/");
            var settings = LocalSettings.For(sandbox, azurite.ConnectionString, webBaseUrl, certificatePath);
            await using var web = await LocalWebHost.StartAsync(result.GetValue(webPort), settings, cancellationToken: cancellationToken);
            LocalSettings.PostMailEventsTo(sandbox, web.BaseUrl);
            var persona = sandbox.Mailboxes.All.Single();
            var landedOn = await LocalConnection.ConnectAsync(webBaseUrl, persona, sandbox.Certificate, cancellationToken);
            Console.Out.WriteLine($"Connected           {persona.Owner.Address} through {webBaseUrl}api/connect (landed on {landedOn}); the welcome email is in the outbox.");
            await LocalSettingsFile.WriteAsync(settings, cancellationToken);
            await DemoSync.RunAsync(settings, persona, cancellationToken);
            await DemoFirstLook.RunAsync(settings, sandbox, persona, cancellationToken);
            await DemoWeek.RunAsync(settings, sandbox, persona, cancellationToken);
            Console.Out.WriteLine($"Connect another     {webBaseUrl}api/connect");
            if (result.GetValue(noWait)) return 0;
            Console.Out.WriteLine("Serving until Ctrl+C.");
            await sandbox.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>The emulator's key is public, but connection strings are never printed whole.</summary>
    private static string Redacted(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(part => !part.StartsWith("AccountKey=", StringComparison.Ordinal)));
}
