using NudgeService.Application.Accounts;
using NudgeService.Application.People;
using NudgeService.Application.Sync;

namespace NudgeService.Application.Digest;

/// <summary>
/// This week's digest for one user as it would be sent now, rendered and returned instead of
/// sent: nothing is recorded, so the week's real digest is unaffected (its buttons name nudges
/// that do not exist yet).
/// </summary>
public sealed class DigestPreview(WeeklySync sync, WeekPlanner planner, DigestComposer composer, IDigestRenderer renderer, IPersonPreferenceStore preferences, TimeProvider time)
{
    public async Task<RenderedDigest> RenderAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = DigestSlot.Zone(account.TimeZone);
        var week = DigestWeek.Of(now, zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var people = (await sync.RunAsync(account, progress: null, cancellationToken)).People;
        var plan = await planner.PlanAsync(account, week, people, now, cancellationToken);
        var nudges = composer.Draft(account, week, plan, people, await preferences.DraftLanguagesAsync(account.UserId, cancellationToken), today);
        return renderer.Render(composer.View(account, week, nudges, today));
    }
}
