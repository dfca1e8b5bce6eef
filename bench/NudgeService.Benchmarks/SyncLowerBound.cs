namespace NudgeService.Benchmarks;

/// <summary>
/// The fewest HTTP round trips that can deliver a sync's items: a page holds at most 1,000, every
/// stream needs at least one request, since its deltaLink comes with its last page, and the first
/// request of every stream can share one $batch.
/// </summary>
internal static class SyncLowerBound
{
    public const int MaxPageSize = 1000;

    public static long RoundTrips(IEnumerable<int> itemsPerStream) => 1 + itemsPerStream.Sum(items => PagesOf(items) - 1);

    private static long PagesOf(int items) => Math.Max(1, (items + MaxPageSize - 1) / MaxPageSize);
}
