using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NudgeService.Application.Configuration;

namespace NudgeService.Application.Accounts;

/// <summary>Signed, expiring links to the account pages (disconnect) and to connecting again.</summary>
public sealed class AccountLinks(IDataProtectionProvider protection, IOptions<NudgeOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);
    private const string DisconnectAction = "disconnect";
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("NudgeService.AccountLink.v1").ToTimeLimitedDataProtector();

    public string Disconnect(string userId) =>
        $"{Base}/api/account/disconnect?token={protector.Protect($"{DisconnectAction}|{userId}", time.GetUtcNow() + Lifetime)}";

    public string Connect(string? loginHint, string language) =>
        $"{Base}/api/connect?lang={language}" + (loginHint is null ? "" : "&hint=" + Uri.EscapeDataString(loginHint));

    /// <summary>The user a disconnect token names, or null when it is tampered with, truncated or expired.</summary>
    public string? UserToDisconnect(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var parts = protector.Unprotect(token, out var expiration).Split('|');
            return parts is [DisconnectAction, var userId] && expiration > time.GetUtcNow() ? userId : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');
}
