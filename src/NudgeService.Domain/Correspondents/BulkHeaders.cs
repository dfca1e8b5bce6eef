namespace NudgeService.Domain.Correspondents;

/// <summary>
/// Whether a message's internet headers mark it as bulk or automatic mail. Only headers that
/// senders set on purpose and people's mail clients never add: List-Unsubscribe (RFC 2369,
/// 8058), List-Id (RFC 2919), Precedence bulk/list/junk and Auto-Submitted other than "no"
/// (RFC 3834). X-Auto-Response-Suppress is left out: Outlook and Exchange set it on mail people
/// send (meeting requests, some replies), so it says nothing about the sender.
/// </summary>
public static class BulkHeaders
{
    /// <summary>The headers worth fetching for <see cref="IsBulk"/>; compare names case-insensitively.</summary>
    public static IReadOnlyList<string> Names { get; } = ["List-Unsubscribe", "List-Id", "Precedence", "Auto-Submitted"];

    public static bool IsBulk(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var (name, value) in headers)
        {
            if (Is(name, "List-Unsubscribe") && !string.IsNullOrWhiteSpace(value)) return true;
            if (Is(name, "List-Id") && !string.IsNullOrWhiteSpace(value)) return true;
            if (Is(name, "Precedence") && FirstToken(value) is "bulk" or "list" or "junk") return true;
            if (Is(name, "Auto-Submitted") && FirstToken(value) is { Length: > 0 } kind && kind != "no") return true;
        }
        return false;
    }

    private static bool Is(string name, string wanted) => string.Equals(name.Trim(), wanted, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value before any parameter or comment: "auto-generated; type=x" gives "auto-generated".</summary>
    private static string FirstToken(string? value)
    {
        if (value is null) return "";
        var end = value.IndexOfAny([';', '(']);
        return (end < 0 ? value : value[..end]).Trim().ToLowerInvariant();
    }
}
