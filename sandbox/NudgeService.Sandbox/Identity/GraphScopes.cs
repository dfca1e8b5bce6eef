namespace NudgeService.Sandbox.Identity;

/// <summary>The delegated permissions the sandbox's directory knows, and how requested scope strings map to them.</summary>
public static class GraphScopes
{
    public const string GraphResource = "https://graph.microsoft.com/";

    /// <summary>OpenID Connect scopes: they shape the token response but grant no Graph access.</summary>
    public static readonly IReadOnlySet<string> OpenIdScopes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "openid", "profile", "email", "offline_access" };

    public static readonly IReadOnlyList<string> Delegated =
    [
        "User.Read", "MailboxSettings.Read", "Contacts.Read", "Calendars.Read",
        "Mail.ReadBasic", "Mail.Read", "Mail.ReadWrite", "Mail.Send",
    ];

    /// <summary>"https://graph.microsoft.com/Mail.Send" and "mail.send" both name Mail.Send; null for unknown scopes.</summary>
    public static string? Canonical(string requested)
    {
        var name = requested.StartsWith(GraphResource, StringComparison.OrdinalIgnoreCase) ? requested[GraphResource.Length..] : requested;
        if (string.Equals(name, ".default", StringComparison.Ordinal)) return ".default";
        return Delegated.FirstOrDefault(scope => string.Equals(scope, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The token response's "scope": the identity platform compares permission names without regard to
    /// case and answers in the spelling the tenant's grant holds, which an admin tool may have written in
    /// lower case ("mail.send"); the sandbox always answers so, the least kind spelling a client can meet.
    /// </summary>
    public static string TokenResponseScope(IEnumerable<string> granted) => string.Join(' ', granted.Select(scope => scope.ToLowerInvariant()));

    public static IReadOnlyList<string> Split(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What a token with <paramref name="granted"/> may do, counting the permissions that imply others.</summary>
    public static bool Allows(IReadOnlySet<string> granted, string needed) => needed switch
    {
        "Mail.ReadBasic" => granted.Contains("Mail.ReadBasic") || granted.Contains("Mail.Read") || granted.Contains("Mail.ReadWrite"),
        "Mail.Read" => granted.Contains("Mail.Read") || granted.Contains("Mail.ReadWrite"),
        _ => granted.Contains(needed),
    };
}
