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
}

public enum ConsentMode
{
    Page,
    AutoAccept,
    AutoDeny,
}
