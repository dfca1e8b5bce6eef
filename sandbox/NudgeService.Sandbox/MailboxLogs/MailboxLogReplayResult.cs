using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.MailboxLogs;

/// <summary>Rows of the owner that could not become messages, by reason.</summary>
/// <param name="Malformed">Rows with misplaced quotes or the wrong number of fields.</param>
public sealed record MailboxLogSkips(int Malformed, int UnparseableDate, int EmptyFrom, int UnknownFolder)
{
    public int Total => Malformed + UnparseableDate + EmptyFrom + UnknownFolder;
}

/// <param name="OwnerRows">Rows of the owner read, including the skipped ones.</param>
public sealed record MailboxLogReplayResult(MailboxSeed Seed, int OwnerRows, MailboxLogSkips Skipped);
