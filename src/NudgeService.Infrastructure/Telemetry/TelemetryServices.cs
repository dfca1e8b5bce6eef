using Microsoft.Extensions.DependencyInjection;
using NudgeService.Application.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NudgeService.Infrastructure.Telemetry;

/// <summary>
/// What NudgeService exports, whichever exporter follows: every outgoing HTTP call (Graph,
/// SendGrid, Storage) as a dependency with its status, its own counters, and its logs, each passed
/// through the scrubbers before any exporter sees it. Exporters are added after this, so they run
/// after the scrubbers.
/// </summary>
public static class TelemetryServices
{
    public static OpenTelemetryBuilder AddTelemetryServices(this IServiceCollection services) =>
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddHttpClientInstrumentation()
                .AddProcessor(new ScrubbedActivities()))
            .WithMetrics(metrics => metrics
                .AddMeter(NudgeMetrics.MeterName)
                .AddHttpClientInstrumentation())
            .WithLogging(
                logging => logging.AddProcessor(new ScrubbedLogRecords()),
                // The formatted message would repeat every value the scrubber replaces in the attributes.
                options =>
                {
                    options.IncludeFormattedMessage = false;
                    options.IncludeScopes = false;
                });
}
