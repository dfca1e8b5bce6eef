using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NudgeService.Application;
using NudgeService.Functions.Web;
using NudgeService.Infrastructure;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<RequestLimitMiddleware>();
// Request logs would carry query strings, and the sign-in callback's holds an authorization code.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddApplicationServices().AddInfrastructureServices();
builder.Build().Run();
