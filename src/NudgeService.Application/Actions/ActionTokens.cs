using System.Buffers.Text;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NudgeService.Application.Digest;
using NudgeService.Domain.Planning;

namespace NudgeService.Application.Actions;

/// <summary>
/// Compact, URL-safe action tokens, sealed: what a link says (whose it is, which nudge, which
/// action, until when) is encrypted and authenticated, so a link shows nobody the user id that is
/// also every table's partition key, and cannot be changed. About 90 characters, so the links stay
/// readable in a plain-text email.
/// </summary>
/// <remarks>
/// Deterministic authenticated encryption in the SIV construction (RFC 5297's shape, with
/// HMAC-SHA256 as its PRF): the 128-bit tag is the MAC of the header and the content and is also
/// the initial counter of AES-256-CTR, so no nonce is spent and the token is as short as a signed
/// one. Both keys are derived (HKDF) from the link signing key the header names, so retired keys
/// (<c>Nudge:Links:PreviousSigningKeys</c>) still open the links they sealed.
/// Layout: layout version, key id, user id length (the header, in clear), the tag, then sealed:
/// action, expiry (Unix seconds), ISO year and week, nudge id (8 bytes, zero for account-wide
/// actions), user id (UTF-8).
/// </remarks>
public sealed class ActionTokens
{
    private const byte Layout = 2;
    private const int HeaderBytes = 3;
    private const int TagBytes = 16;
    private const int NudgeIdBytes = 8;
    private const int FixedContentBytes = 1 + 4 + 2 + 1 + NudgeIdBytes;
    private readonly LinkSigningKeys keys;
    private readonly Dictionary<byte, SealingKeys> sealing = [];

    public ActionTokens(LinkSigningKeys keys)
    {
        this.keys = keys;
        foreach (var id in keys.Ids) sealing[id] = SealingKeys.From(keys.Find(id)!);
    }

    public string Create(ActionToken token)
    {
        var user = Encoding.UTF8.GetBytes(token.UserId);
        if (user.Length > byte.MaxValue) throw new ArgumentException("The user id is too long for a link.", nameof(token));
        var week = DigestWeek.Parse(token.Week);
        var buffer = new byte[HeaderBytes + TagBytes + FixedContentBytes + user.Length];
        buffer[0] = Layout;
        buffer[1] = keys.CurrentId;
        buffer[2] = (byte)user.Length;
        var content = buffer.AsSpan(HeaderBytes + TagBytes);
        content[0] = (byte)token.Action;
        BinaryPrimitives.WriteUInt32BigEndian(content[1..], checked((uint)token.Expires.ToUnixTimeSeconds()));
        BinaryPrimitives.WriteUInt16BigEndian(content[5..], (ushort)week.Year);
        content[7] = (byte)week.Number;
        if (token.NudgeId.Length > 0) Convert.FromHexString(token.NudgeId).CopyTo(content.Slice(8, NudgeIdBytes));
        user.CopyTo(content[FixedContentBytes..]);

        var key = sealing[keys.CurrentId];
        var tag = key.Tag(buffer.AsSpan(0, HeaderBytes), content);
        tag.CopyTo(buffer.AsSpan(HeaderBytes));
        key.Crypt(tag, content);
        return Base64Url.EncodeToString(buffer);
    }

    public TokenReading Read(string? text, DateTimeOffset now)
    {
        if (Decode(text) is not { } buffer || buffer[0] != Layout || buffer.Length != HeaderBytes + TagBytes + FixedContentBytes + buffer[2]) return new(null, TokenProblem.Malformed);
        if (!sealing.TryGetValue(buffer[1], out var key)) return new(null, TokenProblem.Tampered);
        var tag = buffer.AsSpan(HeaderBytes, TagBytes).ToArray();
        var content = buffer.AsSpan(HeaderBytes + TagBytes);
        key.Crypt(tag, content);
        if (!CryptographicOperations.FixedTimeEquals(key.Tag(buffer.AsSpan(0, HeaderBytes), content), tag)) return new(null, TokenProblem.Tampered);
        if (!Enum.IsDefined((LinkAction)content[0])) return new(null, TokenProblem.Malformed);

        var week = new DigestWeek(BinaryPrimitives.ReadUInt16BigEndian(content[5..]), content[7]);
        var nudge = content.Slice(8, NudgeIdBytes);
        var token = new ActionToken(
            Encoding.UTF8.GetString(content[FixedContentBytes..]),
            (LinkAction)content[0],
            week.ToString(),
            nudge.ContainsAnyExcept((byte)0) ? Convert.ToHexStringLower(nudge) : "",
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(content[1..])));
        return token.Expires <= now ? new(token, TokenProblem.Expired) : new(token, TokenProblem.None);
    }

    /// <summary>
    /// The bytes of a token in its one spelling: unpadded base64url, nothing around it. The decoder
    /// alone would also take padding, whitespace and spare trailing bits, so one link could be written many ways.
    /// </summary>
    private static byte[]? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 512 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return null;
        try
        {
            var buffer = Base64Url.DecodeFromChars(text);
            return buffer.Length >= HeaderBytes + TagBytes + FixedContentBytes && Base64Url.EncodeToString(buffer) == text ? buffer : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The two keys a link signing key gives: one authenticates, the other encrypts.</summary>
    private sealed record SealingKeys(byte[] Mac, byte[] Encryption)
    {
        public static SealingKeys From(byte[] signingKey) => new(
            HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey, 32, info: "NudgeService.ActionToken.Mac.v2"u8.ToArray()),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey, 32, info: "NudgeService.ActionToken.Encryption.v2"u8.ToArray()));

        public byte[] Tag(ReadOnlySpan<byte> header, ReadOnlySpan<byte> content)
        {
            using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Mac);
            mac.AppendData(header);
            mac.AppendData(content);
            return mac.GetHashAndReset()[..TagBytes];
        }

        /// <summary>AES-CTR from the tag as first counter block: the same call seals and opens.</summary>
        public void Crypt(byte[] tag, Span<byte> content)
        {
            var blocks = (content.Length + 15) / 16;
            var counters = new byte[blocks * 16];
            for (var block = 0; block < blocks; block++)
            {
                tag.CopyTo(counters, block * 16);
                var low = counters.AsSpan(block * 16 + 12, 4);
                BinaryPrimitives.WriteUInt32BigEndian(low, unchecked(BinaryPrimitives.ReadUInt32BigEndian(low) + (uint)block));
            }
            using var aes = Aes.Create();
            aes.Key = Encryption;
            var stream = aes.EncryptEcb(counters, PaddingMode.None);
            for (var at = 0; at < content.Length; at++) content[at] ^= stream[at];
        }
    }
}
