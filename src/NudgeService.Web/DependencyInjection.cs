using Microsoft.Extensions.DependencyInjection;

namespace NudgeService.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddScoped<AccountEndpoints>();
        services.AddScoped<ActionEndpoints>();
        services.AddSingleton<RequestLimiter>();
        return services;
    }
}
