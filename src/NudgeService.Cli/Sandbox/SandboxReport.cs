using Microsoft.Extensions.DependencyInjection;
using NudgeService.Sandbox.Admin;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Cli.Sandbox;

/// <summary>What a person needs to look around a running sandbox.</summary>
internal static class SandboxReport
{
    public static bool TryAddMailbox(SandboxServer sandbox, AddMailboxRequest request, TextWriter errors)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (mailbox, error) = sandbox.Services.GetRequiredService<MailboxSources>().Add(request);
        if (error is not null)
        {
            errors.WriteLine($"Could not load the mailbox: {error}");
            return false;
        }
        Console.Out.WriteLine($"Loaded {mailbox!.Seed.Name} in {started.Elapsed.TotalSeconds:0.0} s.");
        return true;
    }

    public static void Print(SandboxServer sandbox, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Microsoft Graph     {sandbox.GraphUrl}");
        output.WriteLine($"Identity authority  {sandbox.Authority}   (self-signed: {sandbox.BaseUrl}sandbox/certificate)");
        output.WriteLine($"SendGrid API        {sandbox.BaseUrl}v3/mail/send");
        output.WriteLine($"Outbox              {sandbox.BaseUrl}outbox");
        output.WriteLine($"Admin API           {sandbox.BaseUrl}sandbox/mailboxes");
        output.WriteLine($"Client id / secret  {sandbox.Options.ClientId} / (sandbox development secret, see SandboxOptions)");
        foreach (var mailbox in sandbox.Mailboxes.All)
        {
            var summary = MailboxSummary.Of(mailbox);
            output.WriteLine();
            output.WriteLine($"Mailbox  {summary.DisplayName} <{summary.Address}>  ({summary.Source})");
            output.WriteLine($"  clock {summary.Clock:yyyy-MM-dd HH:mm} UTC · time zone {mailbox.Owner.TimeZone} · language {mailbox.Owner.Locale}");
            output.WriteLine($"  {summary.Contacts:N0} contacts · {summary.InboxMessages:N0} inbox · {summary.SentMessages:N0} sent · {summary.Events:N0} calendar items");
            if (sandbox.Options.DataDirectory is { } directory && mailbox.Seed.GroundTruth is not null)
            {
                output.WriteLine($"  ground truth {GroundTruthFile.PathFor(directory, summary.Address)}");
            }
        }
        output.WriteLine();
    }
}
