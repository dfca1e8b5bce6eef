using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace NudgeService.Application.Connect;

/// <summary>
/// A value the browser carries without reading or changing it: serialized, encrypted and
/// authenticated by Data Protection under its own purpose, and refused once it has expired.
/// </summary>
internal static class SealedState
{
    public static string Seal<T>(IDataProtectionProvider protection, string purpose, T value, DateTimeOffset expiresAt) =>
        protection.CreateProtector(purpose).Protect(JsonSerializer.Serialize(new Sealed<T>(expiresAt, value)));

    /// <summary>Null when the text was forged, truncated, sealed for another purpose, or has expired.</summary>
    public static T? Open<T>(IDataProtectionProvider protection, string purpose, string? sealedText) where T : class
    {
        if (string.IsNullOrEmpty(sealedText)) return null;
        try
        {
            return JsonSerializer.Deserialize<Sealed<T>>(protection.CreateProtector(purpose).Unprotect(sealedText)) is { } opened && opened.ExpiresAt > DateTimeOffset.UtcNow
                ? opened.Value
                : null;
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The expiry travels inside the authenticated payload, so it cannot be changed without breaking the seal.</summary>
    private sealed record Sealed<T>(DateTimeOffset ExpiresAt, T Value);
}
