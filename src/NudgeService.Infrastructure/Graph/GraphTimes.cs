using System.Globalization;
using Microsoft.Graph.Models;

namespace NudgeService.Infrastructure.Graph;

internal static class GraphTimes
{
    /// <summary>A Graph dateTimeTimeZone as an instant; null when either part cannot be read.</summary>
    public static DateTimeOffset? Parse(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { } text || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var wallClock)) return null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone ?? "UTC", out var zone)) return null;
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
