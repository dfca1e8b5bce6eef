using System.CommandLine;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Admin;
using NudgeService.Sandbox.Hosting;

namespace NudgeService.Cli.Sandbox;

/// <summary>nudge sandbox: serve a seeded mailbox over Graph, the identity platform and SendGrid until stopped.</summary>
internal static class SandboxCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "HTTP port (Graph, SendGrid, outbox, admin); HTTPS for sign-in listens on the next port.", DefaultValueFactory = _ => 5080 };
        var consentPage = new Option<bool>("--consent-page") { Description = "Show the consent page instead of consenting automatically." };
        var mailbox = new MailboxChoice();
        var command = new Command("sandbox", "Run the Outlook sandbox with one seeded mailbox.") { port, consentPage };
        mailbox.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new SandboxOptions
            {
                Port = result.GetValue(port),
                SecurePort = result.GetValue(port) + 1,
                AutoConsent = !result.GetValue(consentPage),
                DataDirectory = Path.Combine(RepositoryLayout.Root, ".sandbox"),
                LogRequests = true,
            };
            await using var sandbox = await SandboxServer.StartAsync(options, cancellationToken);
            if (!SandboxReport.TryAddMailbox(sandbox, mailbox.ToRequest(result), Console.Error)) return 2;
            SandboxReport.Print(sandbox, Console.Out);
            Console.Out.WriteLine("Serving until Ctrl+C.");
            await sandbox.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
