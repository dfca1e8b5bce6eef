namespace NudgeService.Domain.Ledger;

/// <summary>The user's calendar day of an instant: interactions and history are counted in the user's own days.</summary>
public static class LocalDay
{
    public static DateOnly Of(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
