using System.Globalization;
using Microsoft.Graph.Models;

namespace NudgeService.Infrastructure.Graph;

internal static class GraphTimes
{
    /// <summary>
    /// The date of an all-day event. Graph gives its start as midnight of its date without converting it
    /// (not to UTC, not to the zone Prefer: outlook.timezone asks for) while still labelling it with that
    /// zone, so the date is the wall clock's and never an instant's; null when it cannot be read.
    /// </summary>
    public static DateOnly? Date(DateTimeTimeZone? value) =>
        value?.DateTime is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wallClock) ? DateOnly.FromDateTime(wallClock) : null;

    /// <summary>A Graph dateTimeTimeZone as an instant; null when either part cannot be read.</summary>
    public static DateTimeOffset? Parse(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { } text || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wallClock)) return null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone ?? "UTC", out var zone)) return null;
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
