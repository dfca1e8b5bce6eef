using NudgeService.Application.Accounts;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Digest;

/// <summary>
/// This week's digest for one user as it would be sent now, rendered and returned instead of
/// sent: nothing is recorded, so the week's real digest is unaffected (its buttons name nudges
/// that do not exist yet).
/// </summary>
public sealed class DigestPreview(WeeklySync sync, WeekPreparation preparation, DigestComposer composer, IDigestRenderer renderer, IDigestStore digests, TimeProvider time)
{
    public async Task<RenderedDigest> RenderAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = TimeZones.Of(account.TimeZone);
        var week = DigestWeek.Of(now, zone);
        var people = (await sync.RunAsync(account, progress: null, cancellationToken)).People;
        var nudges = await preparation.DraftAsync(account, week, people, now, cancellationToken);
        var firstLook = await FirstLook.IsDueAsync(digests, account.UserId, week, cancellationToken);
        return renderer.Render(composer.View(account, week, nudges, LocalDay.Of(now, zone), firstLook));
    }
}
