namespace NudgeService.Application.Connect;

/// <summary>
/// The sign-ins that came back with a code the identity platform honoured, each recorded once.
/// Starting a sign-in stores nothing: its state travels sealed in the browser, so only a redeemed
/// code, which the identity platform issues at its own pace, leads to a row.
/// </summary>
public interface ISpentSignInStore
{
    /// <summary>True when the sign-in has already finished (a replayed state).</summary>
    Task<bool> IsSpentAsync(string signInId, CancellationToken cancellationToken);

    /// <summary>Records the sign-in as finished until its state expires; false when it already was (a replay that raced the first).</summary>
    Task<bool> TrySpendAsync(string signInId, DateTimeOffset stateExpiresBy, CancellationToken cancellationToken);

    /// <summary>Deletes the records of sign-ins whose state can no longer be opened; returns how many.</summary>
    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
