namespace NudgeService.Domain.Ledger;

/// <summary>A scheduled meeting that has not started; it becomes an interaction once it has.</summary>
public sealed record UpcomingMeeting(uint Item, DateTimeOffset Start, string Subject, byte Audience);
