using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using NudgeService.Application.Connect;

namespace NudgeService.Application.OwnerProof;

/// <summary>
/// The OAuth state of one owner proof: single use (its id is recorded when its code is redeemed), bound to the
/// browser that asked (<paramref name="Browser"/> is also in that browser's cookie), to the account
/// and to the one action it unlocks, with its PKCE verifier and OpenID nonce.
/// </summary>
/// <param name="ReturnTo">Our own page to go back to once proven; sealed, so never an open redirect.</param>
/// <param name="Silent">Asked with prompt=none; a refusal then falls back to an interactive sign-in.</param>
internal sealed record OwnerProofState(
    string Id,
    string CodeVerifier,
    string Nonce,
    string Browser,
    string UserId,
    string Action,
    string ReturnTo,
    string Language,
    bool Silent)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const string Purpose = "NudgeService.OwnerProofState.v1";

    public static OwnerProofState New(string browser, string userId, string action, string returnTo, string language, bool silent) =>
        new(Random(16), Random(32), Random(16), browser, userId, action, returnTo, language, silent);

    public string CodeChallenge => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));

    public string Seal(IDataProtectionProvider protection, DateTimeOffset expiresAt) => SealedState.Seal(protection, Purpose, this, expiresAt);

    /// <summary>Null when the state is not an owner proof's (a connect's, say), or was forged or has expired.</summary>
    public static OwnerProofState? Open(IDataProtectionProvider protection, string? state) => SealedState.Open<OwnerProofState>(protection, Purpose, state);

    private static string Random(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
