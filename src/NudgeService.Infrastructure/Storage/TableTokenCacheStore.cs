using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using NudgeService.Application.Accounts;

namespace NudgeService.Infrastructure.Storage;

/// <summary>
/// Each user's MSAL token cache, encrypted with the data-protection key ring before it reaches the
/// table: the stored bytes hold no readable token.
/// </summary>
internal sealed class TableTokenCacheStore(NudgeTables tables, IDataProtectionProvider protection) : ITokenCacheStore
{
    private const string CacheRow = "msal";
    private readonly IDataProtector protector = protection.CreateProtector("NudgeService.TokenCache.v1");

    public async Task<byte[]?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.TokenCaches);
        var entity = await table.GetEntityIfExistsAsync<TableEntity>(userId, CacheRow, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value!.GetBinary("Cache") is { } sealedCache ? protector.Unprotect(sealedCache) : null;
    }

    public async Task SaveAsync(string userId, byte[] cache, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NudgeTables.TokenCaches);
        await table.UpsertEntityAsync(new TableEntity(userId, CacheRow) { ["Cache"] = protector.Protect(cache) }, TableUpdateMode.Replace, cancellationToken);
    }
}
