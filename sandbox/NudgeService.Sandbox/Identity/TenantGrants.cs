using System.Collections.Concurrent;

namespace NudgeService.Sandbox.Identity;

/// <summary>
/// Tenant-wide consent an admin gave a client at the admin consent endpoint: every user of that
/// tenant has those permissions without being asked, even where users may not consent themselves.
/// </summary>
internal sealed class TenantGrants
{
    private readonly ConcurrentDictionary<(string TenantId, string ClientId), IReadOnlySet<string>> granted = new();

    public void Grant(string tenantId, string clientId, IEnumerable<string> canonicalScopes) =>
        granted.AddOrUpdate(
            (tenantId, clientId),
            _ => canonicalScopes.ToHashSet(StringComparer.Ordinal),
            (_, before) => before.Union(canonicalScopes).ToHashSet(StringComparer.Ordinal));

    public bool Covers(string tenantId, string clientId, string canonicalScope) =>
        granted.TryGetValue((tenantId, clientId), out var scopes) && scopes.Contains(canonicalScope);
}
