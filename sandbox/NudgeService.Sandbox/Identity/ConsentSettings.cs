namespace NudgeService.Sandbox.Identity;

/// <summary>How the authorize endpoint answers: a consent page for people, or an automatic answer for tests.</summary>
public sealed class ConsentSettings
{
    public ConsentMode Mode { get; set; }

    /// <summary>
    /// Permissions left out of the grant however the user answers, as when a tenant's admin consented
    /// tenant-wide to fewer than the app asks: Entra's consent screen itself takes all or nothing.
    /// </summary>
    public IReadOnlySet<string> DeclinedScopes { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>In automatic mode, the account (key or address) the person at the browser signs in with whatever the login hint says; null follows the hint.</summary>
    public string? SignInAs { get; set; }

    /// <summary>What a work tenant lets its users consent to; personal accounts always consent for themselves.</summary>
    public UserConsentPolicy UserConsent { get; set; } = UserConsentPolicy.Allowed;

    /// <summary>Accounts (keys or addresses) that may consent for their whole tenant at the admin consent endpoint.</summary>
    public IReadOnlySet<string> Administrators { get; set; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Entra's user consent settings, as a tenant's admin chooses them.</summary>
public enum UserConsentPolicy
{
    /// <summary>Users consent to any app for themselves.</summary>
    Allowed,

    /// <summary>
    /// Users consent only to apps of verified publishers, and only to permissions the admin classified
    /// as low impact: mail, calendar and contacts are not, and a sandbox app has no verified publisher.
    /// </summary>
    VerifiedPublishersOnly,

    /// <summary>User consent is turned off: only an admin grants apps access.</summary>
    AdminOnly,
}

public enum ConsentMode
{
    Page,
    AutoAccept,
    AutoDeny,
}
