using NudgeService.Application.Web;
namespace NudgeService.Application.Actions;

/// <summary>The snooze choices a page offers; any other number of days is refused.</summary>
internal sealed record SnoozeLength(int Days, Func<PageTexts, string> Label)
{
    public static readonly SnoozeLength TwoWeeks = new(14, texts => texts.TwoWeeks);
    public static readonly SnoozeLength OneMonth = new(30, texts => texts.OneMonth);
    public static readonly SnoozeLength ThreeMonths = new(90, texts => texts.ThreeMonths);

    public static readonly IReadOnlyList<SnoozeLength> All = [TwoWeeks, OneMonth, ThreeMonths];

    public static SnoozeLength Default => OneMonth;

    public static SnoozeLength? Parse(string? days) => All.FirstOrDefault(length => length.Days.ToString(System.Globalization.CultureInfo.InvariantCulture) == days);
}
