namespace NudgeService.Domain.Ledger;

public static class Addresses
{
    /// <summary>The form addresses are compared and stored in; null for something that is not an address.</summary>
    public static string? Normalize(string? address)
    {
        var trimmed = address?.Trim().Trim('<', '>', '"', '\'').Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[5..];
        var at = trimmed.IndexOf('@');
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace)
            ? trimmed.ToLowerInvariant()
            : null;
    }

    /// <summary>The part after the last @, lowercase; null for something that has none.</summary>
    public static string? Domain(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at < 0 || at == address!.Length - 1 ? null : address[(at + 1)..].Trim().ToLowerInvariant();
    }
}
