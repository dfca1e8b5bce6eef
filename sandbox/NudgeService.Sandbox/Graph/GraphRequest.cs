using NudgeService.Sandbox.Faults;
using NudgeService.Sandbox.Identity;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Graph;

/// <summary>One Graph call, top-level or inside a $batch, already authenticated.</summary>
/// <param name="ServiceRoot">e.g. http://127.0.0.1:5080/v1.0 — used to build nextLink and deltaLink.</param>
/// <param name="Segments">The path after the service root, split on '/', with key syntax such as mailFolders('inbox') unwrapped.</param>
public sealed record GraphRequest(
    string Method,
    string ServiceRoot,
    IReadOnlyList<string> Segments,
    IReadOnlyDictionary<string, string> Query,
    string? Prefer,
    byte[]? Body,
    Mailbox Mailbox,
    AccessGrant Grant)
{
    /// <summary>How the mailbox misbehaves for this call: the sending handler files sent mail as they say.</summary>
    public FaultSettings Faults { get; init; } = FaultSettings.None;

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>What makes two requests the same request: method, path and query, whether sent alone or inside a $batch.</summary>
    public string Identity() =>
        $"{Method.ToUpperInvariant()} {string.Join('/', Segments)}?{string.Join('&', Query.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase).Select(pair => $"{pair.Key.ToLowerInvariant()}={pair.Value}"))}";

    public bool Matches(string method, params string[] pattern)
    {
        if (!string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) || Segments.Count != pattern.Length) return false;
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != "*" && !string.Equals(pattern[i], Segments[i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}

/// <summary>A Graph answer: status, headers and a JSON body (null for 202/204).</summary>
public sealed record GraphResponse(int Status, byte[]? Body, IReadOnlyDictionary<string, string> Headers)
{
    public static GraphResponse Json(byte[] body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, headers ?? new Dictionary<string, string>());

    public static GraphResponse Empty(int status) => new(status, null, new Dictionary<string, string>());
}
