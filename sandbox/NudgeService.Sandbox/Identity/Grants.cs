namespace NudgeService.Sandbox.Identity;

/// <summary>What one mailbox consented to for one client.</summary>
/// <param name="Scopes">Granted Graph permissions, in canonical form.</param>
public sealed record ConsentGrant(string MailboxKey, string ClientId, IReadOnlySet<string> Scopes, bool OfflineAccess);

/// <summary>A Graph access token as the resource server sees it.</summary>
public sealed record AccessGrant(string MailboxKey, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt);

internal sealed record PendingCode(ConsentGrant Grant, string RedirectUri, string? CodeChallenge, string? CodeChallengeMethod, string? Nonce, DateTimeOffset ExpiresAt)
{
    public bool Redeemed { get; set; }
}

internal sealed record RefreshGrant(ConsentGrant Grant, DateTimeOffset ExpiresAt);
