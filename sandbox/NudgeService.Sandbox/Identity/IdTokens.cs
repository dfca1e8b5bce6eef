using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NudgeService.Sandbox.Mailboxes;

namespace NudgeService.Sandbox.Identity;

/// <summary>Signs OpenID Connect id tokens (RS256) and builds MSAL's client_info for an account.</summary>
public sealed class IdTokens(TimeProvider time) : IDisposable
{
    private readonly RSA signingKey = RSA.Create(2048);

    public string KeyId { get; } = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));

    public string Create(MailboxOwner owner, string clientId, string issuerBase, string? nonce)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var header = new Dictionary<string, object> { ["typ"] = "JWT", ["alg"] = "RS256", ["kid"] = KeyId };
        var claims = new Dictionary<string, object>
        {
            ["aud"] = clientId,
            ["iss"] = Issuer(issuerBase, owner.TenantId),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
            ["name"] = owner.DisplayName,
            ["oid"] = owner.ObjectId,
            ["preferred_username"] = owner.SignIn,
            ["email"] = owner.SignIn,
            ["sub"] = PairwiseSubject(owner.ObjectId, clientId),
            ["tid"] = owner.TenantId,
            ["ver"] = "2.0",
        };
        if (nonce is not null) claims["nonce"] = nonce;
        var signedPart = Encode(header) + "." + Encode(claims);
        var signature = signingKey.SignData(Encoding.ASCII.GetBytes(signedPart), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signedPart + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>MSAL keys its cache by uid.utid, taken from this field of the token response.</summary>
    public static string ClientInfo(MailboxOwner owner) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["uid"] = owner.ObjectId, ["utid"] = owner.TenantId }));

    public static string Issuer(string issuerBase, string tenantId) => $"{issuerBase.TrimEnd('/')}/{tenantId}/v2.0";

    public object JsonWebKeySet()
    {
        var parameters = signingKey.ExportParameters(false);
        return new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", kid = KeyId, n = Base64Url.EncodeToString(parameters.Modulus!), e = Base64Url.EncodeToString(parameters.Exponent!) },
            },
        };
    }

    public void Dispose() => signingKey.Dispose();

    private static string PairwiseSubject(string objectId, string clientId) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(objectId + "|" + clientId)));

    private static string Encode(Dictionary<string, object> part) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(part));
}
