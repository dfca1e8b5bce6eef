namespace NudgeService.Application.OwnerProof;

/// <summary>The actions a link alone may not take: each needs its own proof that the mailbox's owner is at the browser.</summary>
public static class OwnerActions
{
    public const string Erase = "erase";

    /// <summary>Sending other words than the drafted ones, for one nudge.</summary>
    public static string EditText(string week, string nudgeId) => $"edit {week} {nudgeId}";
}
