using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Digest.Wording;
using NudgeService.Application.People;
using NudgeService.Domain.Ledger;
using NudgeService.Domain.LifeEvents;
using NudgeService.Domain.Planning;
using NudgeService.Domain.Relationships;

namespace NudgeService.Application.Digest;

/// <summary>
/// Analyses the user's people, plans the week and drafts its nudges, with what the user taught
/// earlier digests: snoozes, "not this person", tie corrections, draft languages, and what became of past suggestions.
/// </summary>
public sealed class WeekPreparation(INudgeStore nudges, IDigestStore digests, IPersonPreferenceStore preferences, DigestComposer composer, IOptions<NudgeOptions> options)
{
    /// <summary>Past suggestions older than this no longer shape a plan (the cool-down is shorter).</summary>
    private const int MemoryWeeks = 26;

    public async Task<IReadOnlyList<Nudge>> DraftAsync(UserAccount account, DigestWeek week, IReadOnlyList<Correspondent> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = TimeZones.Of(account.TimeZone);
        var today = LocalDay.Of(now, zone);
        var lastDigestAt = (await digests.ListAsync(account.UserId, cancellationToken))
            .Where(record => record.Week < week && record.SentAt is not null)
            .Select(record => record.SentAt)
            .Max();
        var past = await nudges.SinceAsync(account.UserId, DigestWeek.Of(today.AddDays(-7 * WordingMemory.Weeks)), cancellationToken);
        var planMemoryStart = DigestWeek.Of(today.AddDays(-7 * MemoryWeeks));
        var choices = await PersonPreferences.LoadAsync(preferences, account.UserId, cancellationToken);

        var context = new UserPlanContext(
            zone,
            [.. past.Where(nudge => nudge.Week < week && nudge.Week >= planMemoryStart).Select(nudge => new PastSuggestion(nudge.PersonKey, nudge.Week.Monday, Settled(nudge.Outcome)))],
            choices.Snoozes,
            choices.NeverSuggested,
            lastDigestAt)
        {
            MaxReconnects = account.PeoplePerWeek,
            MaxEvents = options.Value.Digest.MaxEvents,
        };
        var ties = RelationshipAnalyzer.Assess(people, today, choices.Relationships);
        var events = LifeEventFinder.Find(people, ties, new LifeEventWindow(now, zone, lastDigestAt ?? now.AddDays(-LifeEventWindow.Days)));
        var plan = WeeklyPlanner.Plan(people, ties, events, context, now);
        return composer.Draft(account, week, plan, people, choices.Languages, WordingMemory.From(past, week), today);
    }

    /// <summary>A suggestion of a past week left untouched has expired.</summary>
    private static SuggestionOutcome Settled(SuggestionOutcome outcome) => outcome == SuggestionOutcome.Proposed ? SuggestionOutcome.Expired : outcome;
}
