using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Digest;
using NudgeService.Application.Review;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Review;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Cli.Demo;

/// <summary>
/// The persona's first week, played forward: the mailbox clock moves to the digest slot (mail and
/// meetings dated in between arrive as it passes), then the hourly timer and the queue job run as
/// the Function App runs them. Then the quarter's network review goes out as the first digest slot
/// of a quarter sends it, so the demo shows one without waiting for January, April, July or October.
/// </summary>
internal static class DemoWeek
{
    public static async Task RunAsync(IReadOnlyDictionary<string, string?> settings, SandboxServer sandbox, Mailbox persona, CancellationToken cancellationToken)
    {
        await using var services = LocalServices.Create(settings, new MailboxTime(persona));
        var userId = UserIds.From(persona.Owner.ObjectId, persona.Owner.TenantId);
        var entry = await services.GetRequiredService<IDigestSchedule>().FindAsync(userId, cancellationToken)
            ?? throw new InvalidOperationException($"{persona.Owner.Address} has no digest on the schedule.");
        var zone = TimeZones.Of(persona.Owner.TimeZone);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Playing the week    mailbox clock → {TimeZoneInfo.ConvertTime(entry.Slot, zone):ddd yyyy-MM-dd HH:mm} ({zone.Id}), the first digest slot"));
        persona.Clock.Set(entry.Slot.AddMinutes(5));

        var queued = await services.GetRequiredService<DueDigestJobs>().EnqueueDueAsync(cancellationToken);
        var delivered = await new LocalDigestQueue(services).DrainAsync(cancellationToken: cancellationToken);
        var record = await services.GetRequiredService<IDigestStore>().FindAsync(userId, entry.Week, cancellationToken);
        Console.Out.WriteLine($"Digest {entry.Week}      {queued} job queued by the hourly timer; {string.Join(", ", delivered.Select(job => job.Outcome?.ToString() ?? $"failed: {job.Error}"))}");
        if (record?.MessageId is { } messageId)
        {
            Console.Out.WriteLine($"  \"{record.Subject}\" ({record.NudgeIds.Count} suggestions)");
            Console.Out.WriteLine($"  Open it           {sandbox.BaseUrl}outbox/{messageId}   (its buttons lead to {settings["Nudge:PublicBaseUrl"]})");
        }
        Console.Out.WriteLine($"Operators           ./nudge preview --user {userId}    ./nudge run --user {userId} --at <instant>");
        await SendReviewAsync(services, sandbox, userId, zone, persona, cancellationToken);
    }

    private static async Task SendReviewAsync(IServiceProvider services, SandboxServer sandbox, string userId, TimeZoneInfo zone, Mailbox persona, CancellationToken cancellationToken)
    {
        var account = await services.GetRequiredService<IUserStore>().FindAsync(userId, cancellationToken)
            ?? throw new InvalidOperationException($"{persona.Owner.Address} is not connected.");
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<QuarterlyReview>().SendAsync(account, cancellationToken);
        var quarter = ReviewQuarter.Of(LocalDay.Of(persona.Clock.Now, zone));
        var record = await services.GetRequiredService<IReviewStore>().FindAsync(userId, quarter, cancellationToken);
        Console.Out.WriteLine($"Review {quarter}     {outcome} (by itself at the first digest slot of each quarter)");
        if (record?.MessageId is { } messageId) Console.Out.WriteLine($"  Open it           {sandbox.BaseUrl}outbox/{messageId}");
        Console.Out.WriteLine($"  Render it         ./nudge review --user {userId} --out review");
    }
}
