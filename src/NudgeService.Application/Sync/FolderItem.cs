
using NudgeService.Domain.Ledger;
namespace NudgeService.Application.Sync;

/// <summary>A mail folder the hierarchy stream reports as created, renamed or moved.</summary>
public sealed record FolderItem(MailFolderEntry Folder) : MailboxItem(Folder.Id);
