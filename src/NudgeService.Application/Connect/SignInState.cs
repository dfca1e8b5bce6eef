using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace NudgeService.Application.Connect;

/// <summary>
/// The OAuth state of one sign-in: its id (single use, recorded when its code is redeemed), the
/// PKCE verifier, the browser binding (<see cref="BrowserBinding"/>) and the page language,
/// encrypted and authenticated so that the browser carries it without reading or changing it, and
/// expiring after <see cref="Lifetime"/>.
/// </summary>
public sealed record SignInState(string Id, string CodeVerifier, string Browser, string Language)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const string Purpose = "NudgeService.SignInState.v2";

    public static SignInState New(string language) =>
        new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), BrowserBinding.New(), language);

    public string CodeChallenge => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));

    public string Protect(IDataProtectionProvider protection, DateTimeOffset expiresAt) => SealedState.Seal(protection, Purpose, this, expiresAt);

    /// <summary>Null when the state was forged, truncated, or has expired.</summary>
    public static SignInState? Unprotect(IDataProtectionProvider protection, string state) => SealedState.Open<SignInState>(protection, Purpose, state);
}
