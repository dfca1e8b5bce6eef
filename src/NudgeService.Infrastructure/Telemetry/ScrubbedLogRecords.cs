using OpenTelemetry;
using OpenTelemetry.Logs;

namespace NudgeService.Infrastructure.Telemetry;

/// <summary>
/// A log record as exported: its template, and its values with user ids pseudonymised and
/// addresses replaced; an exception keeps its type and stack, its message scrubbed likewise.
/// </summary>
internal sealed class ScrubbedLogRecords : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord record)
    {
        if (record.Attributes is { } attributes)
        {
            record.Attributes = [.. attributes.Select(attribute => KeyValuePair.Create(attribute.Key, TelemetryScrubbing.Value(attribute.Key, attribute.Value)))];
        }
        record.FormattedMessage = null;
        if (record.Exception is { } exception && TelemetryScrubbing.Text(exception.Message) != exception.Message)
        {
            record.Exception = new ScrubbedException(exception);
        }
    }

    /// <summary>Stands in for an exception whose message named someone: same type name and stack, the message scrubbed.</summary>
    private sealed class ScrubbedException(Exception original) : Exception(TelemetryScrubbing.Text(original.Message))
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString() => $"{original.GetType().FullName}: {Message}{Environment.NewLine}{StackTrace}";
    }
}
