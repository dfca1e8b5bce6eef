using NudgeService.Application.Sync;

namespace NudgeService.Benchmarks;

/// <summary>
/// The fewest HTTP round trips that can deliver a sync's items, from the page sizes Graph actually
/// served: a stream's items need ceil(items ÷ its largest page) pages, every stream needs at least
/// one request (its deltaLink comes with its last page), the first requests of the streams share
/// $batches of 20, and on a first sync the folders' first requests can only follow the round trip
/// that lists the folders.
/// </summary>
internal static class SyncLowerBound
{
    public const int BatchLimit = 20;

    public static long RoundTrips(SyncReport report)
    {
        var mailStreams = report.Streams.Keys.Count(stream => stream.IsMail);
        var firstRequests = report.FirstSync ? 1 + Batches(mailStreams) : 1;
        return firstRequests + report.Streams.Values.Sum(outcome => PagesOf(outcome) - 1);
    }

    private static long PagesOf(StreamOutcome outcome) => outcome.LargestPage == 0 ? 1 : Math.Max(1, (outcome.Items + outcome.LargestPage - 1) / outcome.LargestPage);

    private static long Batches(int requests) => (requests + BatchLimit - 1) / BatchLimit;
}
