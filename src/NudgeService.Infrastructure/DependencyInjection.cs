using Azure.Data.Tables;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using NudgeService.Application.Accounts;
using NudgeService.Application.Configuration;
using NudgeService.Application.Connect;
using NudgeService.Application.Digest;
using NudgeService.Application.Email;
using NudgeService.Application.Ledger;
using NudgeService.Application.People;
using NudgeService.Application.Sync;
using NudgeService.Domain.Ledger;
using NudgeService.Infrastructure.DataProtection;
using NudgeService.Infrastructure.Email;
using NudgeService.Infrastructure.Graph;
using NudgeService.Infrastructure.Identity;
using NudgeService.Infrastructure.Queues;
using NudgeService.Infrastructure.Storage;
using NudgeService.Infrastructure.Templates;

namespace NudgeService.Infrastructure;

public static class DependencyInjection
{
    public const string KeyRingContainer = "dataprotection-keys";

    public static IServiceCollection AddInfrastructureServices(this IServiceCollection services)
    {
        services.AddSingleton(provider => Storage(provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Storage));
        services.AddSingleton(provider => provider.GetRequiredService<StorageClients>().Tables);
        services.AddSingleton(provider => provider.GetRequiredService<StorageClients>().Blobs);
        services.AddSingleton(provider => provider.GetRequiredService<StorageClients>().Queues);
        services.AddSingleton<NudgeTables>();
        services.AddDataProtection().SetApplicationName("NudgeService");
        services.AddSingleton(provider => KeyEncryptionKeys(provider.GetRequiredService<IOptions<NudgeOptions>>().Value.KeyRing));
        services.AddOptions<KeyManagementOptions>().Configure<BlobServiceClient, IKeyEncryptionKeys>((keys, blobs, encryption) =>
        {
            keys.XmlRepository = new BlobXmlRepository(blobs.GetBlobContainerClient(KeyRingContainer));
            keys.XmlEncryptor = new AesGcmXmlEncryptor(encryption);
        });

        services.AddSingleton<IUserStore, TableUserStore>();
        services.AddSingleton<ITokenCacheStore, TableTokenCacheStore>();
        services.AddSingleton<ISpentSignInStore, TableSpentSignInStore>();
        services.AddSingleton<IUserDataEraser, TableUserDataEraser>();
        services.AddSingleton<IUserDataExporter, TableUserDataExporter>();
        services.AddSingleton<IMsalHttpClientFactory>(provider =>
            new PinnedCertificateHttpClientFactory(provider.GetRequiredService<IOptions<NudgeOptions>>().Value.Identity.TrustedCertificatePath));
        services.AddSingleton<IIdentityPlatform, MsalIdentityPlatform>();
        services.AddSingleton<TableMailboxSlots>();
        services.AddSingleton(provider => new GraphClients(
            GraphResilience.Build(provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<Application.Telemetry.NudgeMetrics>()),
            provider.GetRequiredService<TableMailboxSlots>()));
        services.AddSingleton<IMailboxProfileReader, GraphProfileReader>();
        services.AddSingleton<IMailboxReader, GraphMailboxReader>();
        services.AddSingleton<Application.Actions.IOutlookMail, GraphMailSender>();
        services.AddSingleton<ILedgerStore, TableLedgerStore>();
        services.AddSingleton<ISyncStateStore, TableSyncStateStore>();
        services.AddSingleton<IEmailSender, SendGridEmailSender>();
        services.AddSingleton<IDigestStore, TableDigestStore>();
        services.AddSingleton<INudgeStore, TableNudgeStore>();
        services.AddSingleton<Application.Review.IReviewStore, TableReviewStore>();
        services.AddSingleton<IPersonPreferenceStore, TablePersonPreferenceStore>();
        services.AddSingleton<IDigestSchedule, TableDigestSchedule>();
        services.AddSingleton<IDigestJobQueue, StorageDigestJobQueue>();
        services.AddSingleton<IFirstLookQueue, StorageFirstLookQueue>();
        services.AddSingleton<IPoisonedDigestJobs, StoragePoisonedDigestJobs>();
        services.AddSingleton<Application.Operations.ISyncCostStore, TableSyncCostStore>();
        services.AddSingleton<Application.MailEvents.IDeliveryHoldStore, TableDeliveryHoldStore>();
        services.AddSingleton<Application.MailEvents.IWebhookReplayGuard, TableWebhookReplayGuard>();
        services.AddSingleton<IDraftWriter, LiquidDraftWriter>();
        services.AddSingleton<IDigestRenderer, LiquidDigestRenderer>();
        services.AddSingleton<IAccountEmailRenderer, LiquidAccountEmailRenderer>();
        services.AddSingleton<Application.Review.IReviewRenderer, LiquidReviewRenderer>();
        return services;
    }

    private static IKeyEncryptionKeys KeyEncryptionKeys(KeyRingOptions keyRing) => string.IsNullOrEmpty(keyRing.KeyVaultUri)
        ? new SettingsKeyEncryptionKey(keyRing.LocalKey)
        : new KeyVaultKeyEncryptionKeys(new SecretClient(new Uri(keyRing.KeyVaultUri), new DefaultAzureCredential()), keyRing.SecretName);

    /// <summary>A connection string locally (Azurite); the managed identity against the named account in Azure.</summary>
    private static StorageClients Storage(StorageOptions storage)
    {
        // The Functions queue trigger reads base64 by default; the queue client must write it.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrEmpty(storage.ConnectionString))
        {
            return new(new TableServiceClient(storage.ConnectionString), new BlobServiceClient(storage.ConnectionString), new QueueServiceClient(storage.ConnectionString, queueOptions));
        }
        var credential = new DefaultAzureCredential();
        return new(new TableServiceClient(new Uri($"https://{storage.AccountName}.table.core.windows.net"), credential),
                new BlobServiceClient(new Uri($"https://{storage.AccountName}.blob.core.windows.net"), credential),
                new QueueServiceClient(new Uri($"https://{storage.AccountName}.queue.core.windows.net"), credential, queueOptions));
    }
}

/// <summary>One account's Table, Blob and Queue clients, sharing one credential.</summary>
internal sealed record StorageClients(TableServiceClient Tables, BlobServiceClient Blobs, QueueServiceClient Queues);
