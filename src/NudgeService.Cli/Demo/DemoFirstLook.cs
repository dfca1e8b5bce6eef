using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Cli.Demo;

/// <summary>The first look, right after connecting: the job the connect queued, run as the Functions host runs it.</summary>
internal static class DemoFirstLook
{
    public static async Task RunAsync(IReadOnlyDictionary<string, string?> settings, SandboxServer sandbox, Mailbox persona, CancellationToken cancellationToken)
    {
        await using var services = LocalServices.Create(settings, new MailboxTime(persona));
        var userId = UserIds.From(persona.Owner.ObjectId, persona.Owner.TenantId);
        var delivered = await new LocalDigestQueue(services).DrainFirstLooksAsync(job => job.UserId == userId, cancellationToken);
        var week = DigestWeek.Of(persona.Clock.Now, TimeZones.Of(persona.Owner.TimeZone));
        var record = await services.GetRequiredService<IDigestStore>().FindAsync(userId, week, cancellationToken);
        Console.Out.WriteLine($"First look {week}  {string.Join(", ", delivered.Select(job => job.Outcome?.ToString() ?? $"failed: {job.Error}"))}");
        if (record?.MessageId is { } messageId)
        {
            Console.Out.WriteLine($"  \"{record.Subject}\" ({record.NudgeIds.Count} suggestions)");
            Console.Out.WriteLine($"  Open it           {sandbox.BaseUrl}outbox/{messageId}");
        }
    }
}
