using System.Diagnostics;
using OpenTelemetry;

namespace NudgeService.Infrastructure.Telemetry;

/// <summary>
/// Rewrites a span's URLs, and any user id or address in its tags and status, when it ends and
/// before any exporter reads it. Events cannot be edited on a span, so none is recorded: the HTTP
/// instrumentation's exception events stay off, and a failed call shows as its status.
/// </summary>
internal sealed class ScrubbedActivities : BaseProcessor<Activity>
{
    public override void OnEnd(Activity activity)
    {
        foreach (var (key, value) in activity.TagObjects.ToList())
        {
            if (TelemetryScrubbing.IsQueryTag(key)) activity.SetTag(key, null);
            else if (TelemetryScrubbing.IsUrlTag(key) && value is string url) activity.SetTag(key, TelemetryScrubbing.Url(url));
            else if (value is string) activity.SetTag(key, TelemetryScrubbing.Value(key, value));
        }
        if (activity.StatusDescription is { } description) activity.SetStatus(activity.Status, TelemetryScrubbing.Text(description));
    }
}
