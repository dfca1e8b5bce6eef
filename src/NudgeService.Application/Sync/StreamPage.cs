
using NudgeService.Domain.Ledger;
namespace NudgeService.Application.Sync;

/// <summary>One page of a stream, with the items Graph sent that could not be read (kept out, counted).</summary>
public sealed record StreamPage(MailboxStream Stream, IReadOnlyList<MailboxItem> Items, int Unreadable);
