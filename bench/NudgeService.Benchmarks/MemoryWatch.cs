namespace NudgeService.Benchmarks;

/// <summary>
/// Managed memory of the process while one piece of work runs: the bytes allocated, and the
/// peak of the managed heap above its level at the start (after a full collection), sampled
/// every few milliseconds. The sandbox serves Graph from this same process, so the figures
/// include its side of each request; Azurite runs apart and is not counted.
/// </summary>
internal sealed class MemoryWatch
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(5);

    private readonly long heapAtStart;
    private readonly long allocatedAtStart;
    private readonly CancellationTokenSource stop = new();
    private readonly Task<long> peakHeap;

    public MemoryWatch()
    {
        heapAtStart = GC.GetTotalMemory(forceFullCollection: true);
        allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
        peakHeap = Task.Run(SamplePeakAsync);
    }

    public async Task<MemoryUse> StopAsync()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart;
        await stop.CancelAsync();
        var peak = await peakHeap;
        stop.Dispose();
        return new MemoryUse(allocated, Math.Max(0, peak - heapAtStart));
    }

    private async Task<long> SamplePeakAsync()
    {
        var peak = heapAtStart;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            try { await Task.Delay(SampleInterval, stop.Token); }
            catch (OperationCanceledException) { break; }
        }
        return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
    }
}

/// <param name="AllocatedBytes">Managed bytes allocated by the whole process during the work.</param>
/// <param name="PeakHeapBytes">Highest managed heap size seen during the work, above the heap at its start.</param>
internal sealed record MemoryUse(long AllocatedBytes, long PeakHeapBytes);
