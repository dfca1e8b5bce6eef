namespace NudgeService.Sandbox.Identity;

/// <summary>How the authorize endpoint answers: a consent page for people, or an automatic answer for tests.</summary>
public sealed class ConsentSettings
{
    public ConsentMode Mode { get; set; }

    /// <summary>In automatic mode, permissions the "user" unticks before accepting.</summary>
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
