namespace NudgeService.Application.Sync;

/// <summary>
/// Where a stream resumes: its last deltaLink, or nothing on a first sync. The window is what an
/// initial round (or a resync after Graph forgot the delta token) reads.
/// </summary>
/// <param name="Until">End of the calendar window; null for streams that have no end.</param>
public sealed record StreamCursor(string? DeltaLink, DateTimeOffset From, DateTimeOffset? Until);

/// <summary>How a stream's round ended.</summary>
/// <param name="Resynced">Graph no longer knew the delta token (410 syncStateNotFound) and the stream was read again from its window.</param>
public sealed record StreamOutcome(string DeltaLink, bool Resynced, int Pages, int Items);
