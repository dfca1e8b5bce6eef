using System.Text;

namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>Display names guessed from addresses, as logs without names need.</summary>
internal static class AddressNames
{
    /// <summary>"jeff.skilling@enron.com" → "Jeff Skilling", "mark_lay@x.com" → "Mark Lay", "klay@enron.com" → "Klay".</summary>
    public static string FromAddress(string address)
    {
        var at = address.IndexOf('@');
        var local = at < 0 ? address : address[..at];
        var builder = new StringBuilder(local.Length);
        foreach (var token in local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.All(char.IsAsciiDigit)) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(char.ToUpperInvariant(token[0])).Append(token[1..].ToLowerInvariant());
        }
        return builder.Length > 0 ? builder.ToString() : local;
    }

    /// <summary>Splits a derived display name into given name and surname.</summary>
    public static (string GivenName, string Surname) Split(string displayName)
    {
        var space = displayName.LastIndexOf(' ');
        return space < 0 ? (displayName, "") : (displayName[..space], displayName[(space + 1)..]);
    }
}
