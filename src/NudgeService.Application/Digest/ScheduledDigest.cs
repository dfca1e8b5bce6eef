using NudgeService.Domain.Planning;
namespace NudgeService.Application.Digest;

/// <summary>A user's next digest slot in the schedule index.</summary>
/// <param name="Slot">The instant of the user's local slot (day and hour in their zone).</param>
/// <param name="Week">The ISO week the slot belongs to, in the user's zone.</param>
public sealed record ScheduledDigest(string UserId, DateTimeOffset Slot, DigestWeek Week);
