namespace NudgeService.Application.Actions;

/// <summary>What a signed link says: who, which nudge of which week, which action, until when.</summary>
/// <param name="NudgeId">Empty for the account-wide actions (unsubscribe, preferences, disconnect); the review's id for a review.</param>
/// <param name="Week">The digest's ISO week, e.g. "2026-W48".</param>
public sealed record ActionToken(string UserId, LinkAction Action, string Week, string NudgeId, DateTimeOffset Expires);

public enum TokenProblem
{
    None,

    /// <summary>Not a token at all: empty, truncated, not base64url, or an unknown layout.</summary>
    Malformed,

    /// <summary>Well formed, but the signature does not match any key: changed by someone, or signed by a key long retired.</summary>
    Tampered,

    Expired,
}

public sealed record TokenReading(ActionToken? Token, TokenProblem Problem)
{
    public bool IsValid => Problem == TokenProblem.None;
}
