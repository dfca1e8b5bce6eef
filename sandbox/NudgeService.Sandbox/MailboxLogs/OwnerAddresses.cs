namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>
/// Which addresses of a log belong to its owner. A maildir name such as "skilling-j" carries
/// the surname and initial: assistants send most of an executive's mail, so the most frequent
/// sender of the sent items is the owner only among addresses that bear the owner's name.
/// </summary>
internal sealed class OwnerAddresses
{
    private readonly string? surname;
    private readonly char initial;
    private readonly Dictionary<string, int> sentFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> named = new(StringComparer.Ordinal);
    private readonly string? explicitAddress;

    public OwnerAddresses(string owner)
    {
        if (owner.Contains('@'))
        {
            explicitAddress = owner.ToLowerInvariant();
            return;
        }
        var dash = owner.LastIndexOf('-');
        if (dash > 0 && dash == owner.Length - 2)
        {
            surname = owner[..dash].ToLowerInvariant();
            initial = char.ToLowerInvariant(owner[^1]);
        }
    }

    /// <summary>Notes the sender of one of the owner's sent items.</summary>
    public void CountSender(string address)
    {
        sentFrom[address] = sentFrom.GetValueOrDefault(address) + 1;
        CountNamed(address);
    }

    /// <summary>Notes an address seen in one of the owner's rows.</summary>
    public void CountNamed(string address)
    {
        if (BearsOwnerName(address)) named[address] = named.GetValueOrDefault(address) + 1;
    }

    /// <summary>The primary address first, then the aliases on the same domain.</summary>
    public IReadOnlyList<string> Resolve()
    {
        if (explicitAddress is not null) return [explicitAddress];
        var primary = MostFrequent(sentFrom.Where(pair => named.ContainsKey(pair.Key)))
            ?? MostFrequent(named)
            ?? MostFrequent(sentFrom);
        if (primary is null) return [];
        var domain = Domain(primary);
        var aliases = named
            .Where(pair => pair.Key != primary && (Domain(pair.Key) == domain || Domain(pair.Key).EndsWith("." + domain, StringComparison.Ordinal)))
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key);
        return [primary, .. aliases];
    }

    /// <summary>"jeff.skilling", "jeff_skilling", "skilling.jeff", "jskilli" (truncated), "klay" for skilling-j and lay-k.</summary>
    private bool BearsOwnerName(string address)
    {
        if (surname is null) return false;
        var at = address.IndexOf('@');
        if (at <= 0) return false;
        var local = address[..at];
        var tokens = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Contains(surname) && tokens.Any(token => token != surname && token[0] == initial)) return true;
        return tokens.Length == 1 && local.Length >= 4 && local[0] == initial && surname.StartsWith(local[1..], StringComparison.Ordinal);
    }

    private static string? MostFrequent(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key).FirstOrDefault();

    private static string Domain(string address) => address[(address.IndexOf('@') + 1)..];
}
