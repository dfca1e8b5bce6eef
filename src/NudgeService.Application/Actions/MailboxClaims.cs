using Microsoft.Extensions.Logging;
using NudgeService.Application.Accounts;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;

namespace NudgeService.Application.Actions;

/// <summary>
/// The one way a nudge's message reaches the user's mailbox, sent or left as a draft: the nudge is
/// claimed (a write conditional on its version) before Graph is called, so that a double click, the
/// back button or a retried POST finds it claimed and calls nothing; the claim goes back only when
/// Outlook said nothing happened. A call that may have been carried out keeps its claim.
/// </summary>
public sealed class MailboxClaims(INudgeStore nudges, GraphAccess graphAccess, ILogger<MailboxClaims> logger)
{
    /// <param name="before">The nudge as read.</param>
    /// <param name="claim">The nudge as the call makes it, written before the call.</param>
    public async Task<ClaimedCall<T>> RunAsync<T>(UserAccount account, Nudge before, Nudge claim, Func<string, Task<T>> call)
    {
        // From here on the call must be made or the claim come back, whatever the browser does: no request cancellation.
        if (await nudges.TryUpdateOutcomeAsync(claim, CancellationToken.None) is not { } claimed) return new(ClaimResult.ChangedMeanwhile, null, default, null);
        try
        {
            return new(ClaimResult.Done, claimed, await graphAccess.CallAsync(account, call, CancellationToken.None), null);
        }
        catch (ReconnectRequiredException)
        {
            await ReleaseAsync(claimed, before);
            return new(ClaimResult.ReconnectRequired, claimed, default, null);
        }
        catch (AccessTokenRejectedException rejected)
        {
            logger.LogWarning(rejected, "Graph rejected even a refreshed token for nudge {NudgeId} of {UserId}; nothing was done", before.Id, before.UserId);
            await ReleaseAsync(claimed, before);
            return new(ClaimResult.NotDone, claimed, default, MailFailure.Refused);
        }
        catch (MailNotDoneException failure) when (failure.Failure != MailFailure.Unconfirmed)
        {
            logger.LogWarning(failure, "Outlook did nothing for nudge {NudgeId} of {UserId}", before.Id, before.UserId);
            await ReleaseAsync(claimed, before);
            return new(ClaimResult.NotDone, claimed, default, failure.Failure);
        }
        catch (MailNotDoneException unconfirmed)
        {
            logger.LogError(unconfirmed, "Nobody can tell whether Outlook carried out the call for nudge {NudgeId} of {UserId}; the claim stays", before.Id, before.UserId);
            return new(ClaimResult.Unconfirmed, claimed, default, MailFailure.Unconfirmed);
        }
    }

    private async Task ReleaseAsync(Nudge claimed, Nudge before)
    {
        if (await nudges.TryUpdateOutcomeAsync(claimed.ReleasedTo(before), CancellationToken.None) is null)
        {
            logger.LogWarning("Nudge {NudgeId} of {UserId} changed while its call failed; its claim was left as is", claimed.Id, claimed.UserId);
        }
    }
}

public enum ClaimResult
{
    /// <summary>Outlook carried out the call.</summary>
    Done,

    /// <summary>Another request changed the nudge between reading and claiming it; nothing was called.</summary>
    ChangedMeanwhile,

    /// <summary>The account needs its owner to reconnect; the claim went back.</summary>
    ReconnectRequired,

    /// <summary>Outlook said nothing happened (<see cref="ClaimedCall{T}.Failure"/> says why); the claim went back.</summary>
    NotDone,

    /// <summary>The call may or may not have been carried out; the claim stays, so that it is never made twice.</summary>
    Unconfirmed,
}

/// <param name="Claimed">The nudge as claimed; null when it could not be claimed.</param>
/// <param name="Value">What Outlook answered, when it was done.</param>
public sealed record ClaimedCall<T>(ClaimResult Result, Nudge? Claimed, T? Value, MailFailure? Failure);
