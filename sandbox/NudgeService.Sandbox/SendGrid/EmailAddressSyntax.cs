using System.Text.RegularExpressions;

namespace NudgeService.Sandbox.SendGrid;

/// <summary>Whether a string is an address SendGrid accepts: dot-atom local part, dotted domain, at most 320 characters.</summary>
internal static partial class EmailAddressSyntax
{
    public const int MaxLength = 320;

    public static bool IsValid(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at > 64) return false;
        var local = address[..at];
        return LocalPart().IsMatch(local) && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
            && Domain().IsMatch(address[(at + 1)..]);
    }

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")]
    private static partial Regex LocalPart();

    [GeneratedRegex(@"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]$")]
    private static partial Regex Domain();
}
