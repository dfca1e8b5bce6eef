namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>What groups the messages of one thread in a log whose last column is the subject.</summary>
public static class ThreadKey
{
    /// <summary>The subject without reply and forward prefixes, in lower case; empty for a message that starts no thread.</summary>
    public static string FromSubject(string subject)
    {
        var key = subject.Trim();
        while (true)
        {
            var colon = key.IndexOf(':');
            if (colon is < 1 or > 4) break;
            var prefix = key[..colon].Trim().ToLowerInvariant();
            if (prefix is not ("re" or "fw" or "fwd" or "tr" or "aw" or "wg")) break;
            key = key[(colon + 1)..].TrimStart();
        }
        return key.ToLowerInvariant();
    }
}
