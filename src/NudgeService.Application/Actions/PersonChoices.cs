using NudgeService.Application.Digest;
using NudgeService.Application.People;
using NudgeService.Application.Web;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>
/// Snooze and "not this person": a choice about the person, kept with their preferences for
/// every later plan, and the nudge's outcome. A message already sent or drafted stays the
/// nudge's outcome: it is what happened.
/// </summary>
public sealed class PersonChoices(IPersonPreferenceStore preferences, INudgeStore nudges, NudgePages pages, TimeProvider time)
{
    public async Task<WebResult> SnoozeAsync(OpenedNudge opened, string? days, CancellationToken cancellationToken)
    {
        if (SnoozeLength.Parse(days) is not { } length) return pages.SnoozeForm(opened, 400, opened.Texts.SnoozeChoiceInvalid);
        var until = ActionWording.Today(opened.Account, time.GetUtcNow()).AddDays(length.Days);
        await ChangeAsync(opened, preference => preference with { SnoozedUntil = until }, cancellationToken);
        await RecordAsync(opened.Nudge, SuggestionOutcome.Snoozed, cancellationToken);
        return pages.Snoozed(opened, until);
    }

    public async Task<WebResult> DismissAsync(OpenedNudge opened, CancellationToken cancellationToken)
    {
        await ChangeAsync(opened, preference => preference with { NotThisPerson = true }, cancellationToken);
        await RecordAsync(opened.Nudge, SuggestionOutcome.Dismissed, cancellationToken);
        return pages.Dismissed(opened);
    }

    public async Task<WebResult> UndoDismissAsync(OpenedNudge opened, CancellationToken cancellationToken)
    {
        await ChangeAsync(opened, preference => preference with { NotThisPerson = false }, cancellationToken);
        if (opened.Nudge.Outcome == SuggestionOutcome.Dismissed) await RecordAsync(opened.Nudge, SuggestionOutcome.Proposed, cancellationToken);
        return pages.Restored(opened);
    }

    private async Task ChangeAsync(OpenedNudge opened, Func<PersonPreference, PersonPreference> change, CancellationToken cancellationToken)
    {
        var userId = opened.Account.UserId;
        var current = await preferences.FindAsync(userId, opened.Nudge.PersonKey, cancellationToken) ?? PersonPreference.None(opened.Nudge.PersonKey);
        await preferences.SaveAsync(userId, change(current), cancellationToken);
    }

    /// <summary>Records the outcome unless the message was sent or drafted; a concurrent change is read again once.</summary>
    private async Task RecordAsync(Nudge nudge, SuggestionOutcome outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (nudge.Outcome.IsActedOn() || nudge.Outcome == outcome) return;
            if (await nudges.TryUpdateOutcomeAsync(nudge with { Outcome = outcome, OutcomeAt = time.GetUtcNow() }, cancellationToken) is not null) return;
            if (await nudges.FindAsync(nudge.UserId, nudge.Week, nudge.Id, cancellationToken) is not { } now) return;
            nudge = now;
        }
    }
}
