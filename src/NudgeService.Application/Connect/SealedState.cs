using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace NudgeService.Application.Connect;

/// <summary>
/// A value the browser carries without reading or changing it: serialized, encrypted and
/// authenticated by Data Protection under its own purpose, and refused once it has expired.
/// </summary>
public static class SealedState
{
    public static string Seal<T>(IDataProtectionProvider protection, string purpose, T value, DateTimeOffset expiresAt) =>
        Protector(protection, purpose).Protect(JsonSerializer.Serialize(value), expiresAt);

    /// <summary>Null when the text was forged, truncated, sealed for another purpose, or has expired.</summary>
    public static T? Open<T>(IDataProtectionProvider protection, string purpose, string? sealedText) where T : class
    {
        if (string.IsNullOrEmpty(sealedText)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(Protector(protection, purpose).Unprotect(sealedText));
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection, string purpose) =>
        protection.CreateProtector(purpose).ToTimeLimitedDataProtector();
}
