using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;
using NudgeService.Application.Email;
using NudgeService.Application.Ledger;
using NudgeService.Application.Sync;
using NudgeService.Infrastructure.DataProtection;
using NudgeService.Infrastructure.Email;
using NudgeService.Infrastructure.Graph;
using NudgeService.Infrastructure.Identity;
using NudgeService.Infrastructure.Storage;

namespace NudgeService.Infrastructure;

public static class DependencyInjection
{
    public const string KeyRingContainer = "dataprotection-keys";

    public static IServiceCollection AddInfrastructureServices(this IServiceCollection services)
    {
        services.AddSingleton(provider => Storage(provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Storage).Tables);
        services.AddSingleton(provider => Storage(provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Storage).Blobs);
        services.AddSingleton<NudgeTables>();
        services.AddDataProtection().SetApplicationName("NudgeService");
        services.AddOptions<KeyManagementOptions>().Configure<BlobServiceClient>((keys, blobs) =>
            keys.XmlRepository = new BlobXmlRepository(blobs.GetBlobContainerClient(KeyRingContainer)));

        services.AddSingleton<IUserStore, TableUserStore>();
        services.AddSingleton<ITokenCacheStore, TableTokenCacheStore>();
        services.AddSingleton<IPendingSignInStore, TablePendingSignInStore>();
        services.AddSingleton<IUserDataEraser, TableUserDataEraser>();
        services.AddSingleton<IMsalHttpClientFactory>(provider =>
            new PinnedCertificateHttpClientFactory(provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Identity.TrustedCertificatePath));
        services.AddSingleton<IIdentityPlatform, MsalIdentityPlatform>();
        services.AddSingleton(provider => new GraphClients(GraphResilience.Build(provider.GetRequiredService<TimeProvider>())));
        services.AddSingleton<IMailboxProfileReader, GraphProfileReader>();
        services.AddSingleton<IMailboxReader, GraphMailboxReader>();
        services.AddSingleton<ILedgerStore, TableLedgerStore>();
        services.AddSingleton<ISyncStateStore, TableSyncStateStore>();
        services.AddSingleton<IEmailSender, SendGridEmailSender>();
        return services;
    }

    /// <summary>A connection string locally (Azurite); the managed identity against the named account in Azure.</summary>
    private static (TableServiceClient Tables, BlobServiceClient Blobs) Storage(StorageOptions storage)
    {
        if (!string.IsNullOrEmpty(storage.ConnectionString))
        {
            return (new TableServiceClient(storage.ConnectionString), new BlobServiceClient(storage.ConnectionString));
        }
        var credential = new DefaultAzureCredential();
        return (new TableServiceClient(new Uri($"https://{storage.AccountName}.table.core.windows.net"), credential),
                new BlobServiceClient(new Uri($"https://{storage.AccountName}.blob.core.windows.net"), credential));
    }
}
