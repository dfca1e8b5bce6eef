using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Accounts;
using NudgeService.Application.Review;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Review;
using NudgeService.LocalEnvironment;
using NudgeService.Sandbox.Hosting;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Cli.Demo;

/// <summary>
/// The quarterly network review of the played week's quarter, sent as the first digest slot of a
/// quarter sends it, so the demo shows it without waiting for January, April, July or October.
/// </summary>
internal static class DemoReview
{
    public static async Task RunAsync(IReadOnlyDictionary<string, string?> settings, SandboxServer sandbox, Mailbox persona, CancellationToken cancellationToken)
    {
        await using var services = LocalServices.Create(settings, new MailboxTime(persona));
        var userId = UserIds.From(persona.Owner.ObjectId, persona.Owner.TenantId);
        var account = await services.GetRequiredService<IUserStore>().FindAsync(userId, cancellationToken)
            ?? throw new InvalidOperationException($"{persona.Owner.Address} is not connected.");
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<QuarterlyReview>().SendAsync(account, cancellationToken);
        var quarter = ReviewQuarter.Of(LocalDay.Of(persona.Clock.Now, DigestSlot.Zone(account.TimeZone)));
        var record = await services.GetRequiredService<IReviewStore>().FindAsync(userId, quarter, cancellationToken);
        Console.Out.WriteLine($"Review {quarter}     {outcome} (by itself at the first digest slot of each quarter)");
        if (record?.MessageId is { } messageId)
        {
            Console.Out.WriteLine($"  Open it           {sandbox.BaseUrl}outbox/{messageId}");
        }
        Console.Out.WriteLine($"  Render it         ./nudge review --user {userId} --out review");
    }
}
