using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Infrastructure.Telemetry;
using NudgeService.Testing;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NudgeService.Integration.Tests.Telemetry;

[CollectionDefinition(Name)]
public sealed class TelemetryCollection : ICollectionFixture<TelemetryEnvironment>
{
    public const string Name = "telemetry";
}

/// <summary>
/// The local stack with the Function App's telemetry pipeline (the same <see cref="TelemetryServices"/>)
/// and, in place of the Azure Monitor exporter, exporters that keep what would have been sent.
/// </summary>
public sealed class TelemetryEnvironment : ServiceEnvironment
{
    private readonly ServiceProvider pipeline;

    public TelemetryEnvironment() : this(ExportedTelemetry.Pipeline())
    {
    }

    private TelemetryEnvironment((ServiceProvider Pipeline, ExportedTelemetry Exported) telemetry) : base(telemetry.Pipeline.GetServices<ILoggerProvider>().Single())
    {
        pipeline = telemetry.Pipeline;
        Exported = telemetry.Exported;
    }

    public ExportedTelemetry Exported { get; }

    /// <summary>Everything exported so far, spans, logs and metrics alike.</summary>
    public ExportedTelemetry Flushed()
    {
        pipeline.GetRequiredService<TracerProvider>().ForceFlush();
        pipeline.GetRequiredService<MeterProvider>().ForceFlush();
        pipeline.GetRequiredService<LoggerProvider>().ForceFlush();
        return Exported;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await pipeline.DisposeAsync();
    }
}

/// <summary>What the exporters were handed, copied as text the moment they were: spans, log records and metric points.</summary>
public sealed class ExportedTelemetry
{
    private readonly List<ExportedSpan> spans = [];
    private readonly List<ExportedLog> logs = [];
    private readonly List<MetricSnapshot> metrics = [];

    public IReadOnlyList<ExportedSpan> Spans { get { lock (spans) return [.. spans]; } }

    public IReadOnlyList<ExportedLog> Logs { get { lock (logs) return [.. logs]; } }

    public IReadOnlyList<MetricSnapshot> Metrics { get { lock (metrics) return [.. metrics]; } }

    internal static (ServiceProvider, ExportedTelemetry) Pipeline()
    {
        var exported = new ExportedTelemetry();
        var services = new ServiceCollection();
        services.AddTelemetryServices()
            .WithTracing(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new SpanCopies(exported.spans))))
            .WithMetrics(meters => meters.AddInMemoryExporter(exported.metrics))
            .WithLogging(logging => logging.AddProcessor(new SimpleLogRecordExportProcessor(new LogCopies(exported.logs))));
        var provider = services.BuildServiceProvider();
        // Built now: the providers start listening to every HTTP client and meter of the process.
        provider.GetRequiredService<TracerProvider>();
        provider.GetRequiredService<MeterProvider>();
        return (provider, exported);
    }

    private sealed class SpanCopies(List<ExportedSpan> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            lock (spans)
            {
                foreach (var span in batch)
                {
                    spans.Add(new ExportedSpan(span.DisplayName, span.Kind, span.Status, span.StatusDescription,
                        span.TagObjects.ToDictionary(tag => tag.Key, tag => tag.Value?.ToString())));
                }
            }
            return ExportResult.Success;
        }
    }

    private sealed class LogCopies(List<ExportedLog> logs) : BaseExporter<LogRecord>
    {
        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            lock (logs)
            {
                foreach (var record in batch)
                {
                    logs.Add(new ExportedLog(record.CategoryName, record.Body, record.FormattedMessage,
                        (record.Attributes ?? []).ToDictionary(attribute => attribute.Key, attribute => attribute.Value?.ToString()),
                        record.Exception?.ToString()));
                }
            }
            return ExportResult.Success;
        }
    }
}

public sealed record ExportedSpan(string Name, ActivityKind Kind, ActivityStatusCode Status, string? StatusDescription, Dictionary<string, string?> Tags)
{
    public string AsText => $"{Name} {Status} {StatusDescription} {string.Join(' ', Tags.Select(tag => $"{tag.Key}={tag.Value}"))}";
}

public sealed record ExportedLog(string? Category, string? Body, string? FormattedMessage, Dictionary<string, string?> Attributes, string? Exception)
{
    public string AsText => $"{Category} {Body} {FormattedMessage} {string.Join(' ', Attributes.Select(attribute => $"{attribute.Key}={attribute.Value}"))} {Exception}";
}
