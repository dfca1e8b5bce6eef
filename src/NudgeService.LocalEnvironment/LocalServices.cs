using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NudgeService.Application;
using NudgeService.Infrastructure;

namespace NudgeService.LocalEnvironment;

/// <summary>The application services without a host, for background work run locally (a user's sync, a week's digest).</summary>
public static class LocalServices
{
    /// <param name="time">The clock the services read; a sandbox mailbox's own clock when its present is not today.</param>
    /// <param name="adjust">Last changes to the registrations, for a benchmark that watches a service at work.</param>
    public static ServiceProvider Create(IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null, ILoggerProvider? logs = null, Action<IServiceCollection>? adjust = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging =>
        {
            if (logs is not null) logging.AddProvider(logs);
        });
        services.AddApplicationServices().AddInfrastructureServices();
        if (time is not null) services.AddSingleton(time);
        adjust?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
