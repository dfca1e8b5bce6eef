using NudgeService.Domain.Correspondents;
using NudgeService.Domain.Ledger;

namespace NudgeService.Application.Sync;

/// <param name="Ties">Correspondents judged to be people, with at least one interaction.</param>
/// <param name="Filtered">Correspondents set aside, by kind (automated, list, delegate, own).</param>
/// <param name="People">Every correspondent judged to be a person, as the analysis reads them.</param>
/// <param name="Unreadable">Items Graph returned without the fields needed (no date, no address); left out.</param>
public sealed record SyncReport(
    bool FirstSync,
    int ItemsRead,
    int Unreadable,
    int Ties,
    IReadOnlyDictionary<CorrespondentKind, int> Filtered,
    int RoundTrips,
    long BytesWritten,
    TimeSpan Elapsed,
    IReadOnlyDictionary<MailboxStream, StreamOutcome> Streams,
    IReadOnlyList<Correspondent> People);
