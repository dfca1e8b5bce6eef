namespace NudgeService.Application.Sync;

/// <summary>
/// Where a stream resumes: its last deltaLink, or nothing on a first read. The window is what an
/// initial round (or a resync after Graph forgot the delta token) reads; mail older than
/// <see cref="From"/> is left out whatever Graph returns.
/// </summary>
/// <param name="Until">End of the calendar window; null for streams that have no end.</param>
/// <param name="ReadAt">When the stream was last read to its end; folders read longest ago are read first.</param>
public sealed record StreamCursor(string? DeltaLink, DateTimeOffset From, DateTimeOffset? Until, DateTimeOffset? ReadAt = null);

/// <summary>How a stream's round ended.</summary>
/// <param name="DeltaLink">Where the next round resumes; null when the stream gave up this week.</param>
/// <param name="Resynced">Graph no longer knew the delta token (a 4xx such as syncStateNotFound or resyncRequired) and the stream was read again from its window.</param>
/// <param name="LargestPage">The most items Graph put in one page of this stream: what a lower bound of its cost can count on.</param>
/// <param name="GaveUp">Even read again from its window the stream could not finish (Graph kept forgetting its state): it starts over next week, the rest of the sync is kept.</param>
public sealed record StreamOutcome(string? DeltaLink, bool Resynced, int Pages, int Items, int LargestPage = 0, bool GaveUp = false);
