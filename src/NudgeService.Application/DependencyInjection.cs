using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NudgeService.Application.Accounts;
using NudgeService.Application.Actions;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;
using NudgeService.Application.Email;

namespace NudgeService.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<NudgeOptions>, NudgeOptionsValidator>();
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section).ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountLinks>();
        services.AddSingleton<AccountEmails>();
        services.AddScoped<ConnectService>();
        services.AddScoped<AdminConsentService>();
        services.AddScoped<DisconnectService>();
        services.AddScoped<OwnerProof.OwnerProofs>();
        services.AddSingleton<ReconnectNotice>();
        services.AddScoped<GraphAccess>();
        services.AddScoped<Sync.WeeklySync>();
        services.AddSingleton(provider =>
        {
            var links = provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Links;
            return new ActionTokens(new LinkSigningKeys(links.SigningKey, links.PreviousSigningKeys));
        });
        services.AddSingleton<ActionLinks>();
        services.AddSingleton<ActionFormProof>();
        services.AddSingleton<ActionLinkReader>();
        services.AddSingleton<NudgePages>();
        services.AddScoped<MailboxClaims>();
        services.AddScoped<NudgeSending>();
        services.AddScoped<OutlookDrafting>();
        services.AddSingleton<PersonChoices>();
        services.AddSingleton<Subscription>();
        services.AddSingleton<ScheduleEntries>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<WeekPreparation>();
        services.AddSingleton<DueDigestJobs>();
        services.AddScoped<WeeklyDigest>();
        services.AddScoped<DigestPreview>();
        services.AddScoped<FirstLook>();
        services.AddScoped<Review.ReviewDrawing>();
        services.AddScoped<Review.ReviewPreview>();
        services.AddScoped<Review.ReviewPage>();
        services.AddScoped<Review.QuarterlyReview>();
        services.AddSingleton<Telemetry.NudgeMetrics>();
        services.AddScoped<MailEvents.MailEventWebhook>();
        services.AddSingleton<Operations.PoisonWatch>();
        services.AddSingleton<Operations.ExpiredRowSweep>();
        services.AddSingleton<Operations.HealthCheck>();
        return services;
    }
}
