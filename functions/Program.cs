using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NudgeService.Application;
using NudgeService.Functions.Web;
using NudgeService.Infrastructure;
using NudgeService.Infrastructure.Telemetry;
using NudgeService.Web;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<RequestLimitMiddleware>();
// Request logs would carry query strings, and the sign-in callback's holds an authorization code.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddApplicationServices().AddInfrastructureServices().AddWebServices();
// The scrubbers first, so that the exporter only ever sees scrubbed telemetry; ingestion takes Entra tokens only (the app's identity).
var telemetry = builder.Services.AddTelemetryServices().UseFunctionsWorkerDefaults();
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    telemetry.UseAzureMonitorExporter(exporter => exporter.Credential = new DefaultAzureCredential());
}
builder.Build().Run();
