using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using NudgeService.Application.Digest;

namespace NudgeService.Application.Actions;

/// <summary>
/// Compact, URL-safe action tokens authenticated with HMAC-SHA256 (truncated to 128 bits): about
/// 90 characters, so the links stay readable in a plain-text email.
/// </summary>
/// <remarks>
/// Layout: layout version, key id, action, expiry (Unix seconds), ISO year and week, nudge id
/// (8 bytes, zero for account-wide actions), user id (length-prefixed UTF-8), then the MAC.
/// </remarks>
public sealed class ActionTokens(LinkSigningKeys keys)
{
    private const byte Layout = 1;
    private const int MacBytes = 16;
    private const int NudgeIdBytes = 8;
    private const int FixedBytes = 1 + 1 + 1 + 4 + 2 + 1 + NudgeIdBytes + 1;

    public string Create(ActionToken token)
    {
        var user = Encoding.UTF8.GetBytes(token.UserId);
        if (user.Length > byte.MaxValue) throw new ArgumentException("The user id is too long for a link.", nameof(token));
        var week = DigestWeek.Parse(token.Week);
        var buffer = new byte[FixedBytes + user.Length + MacBytes];
        buffer[0] = Layout;
        buffer[1] = keys.CurrentId;
        buffer[2] = (byte)token.Action;
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(3), checked((uint)token.Expires.ToUnixTimeSeconds()));
        BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(7), (ushort)week.Year);
        buffer[9] = (byte)week.Number;
        if (token.NudgeId.Length > 0) Convert.FromHexString(token.NudgeId).CopyTo(buffer.AsSpan(10, NudgeIdBytes));
        buffer[FixedBytes - 1] = (byte)user.Length;
        user.CopyTo(buffer.AsSpan(FixedBytes));
        HMACSHA256.HashData(keys.Current, buffer.AsSpan(0, buffer.Length - MacBytes))[..MacBytes].CopyTo(buffer.AsSpan(buffer.Length - MacBytes));
        return WebEncoders.Base64UrlEncode(buffer);
    }

    public TokenReading Read(string? text, DateTimeOffset now)
    {
        if (Decode(text) is not { } buffer || buffer[0] != Layout || !Enum.IsDefined((NudgeAction)buffer[2])) return new(null, TokenProblem.Malformed);
        var userLength = buffer[FixedBytes - 1];
        if (buffer.Length != FixedBytes + userLength + MacBytes) return new(null, TokenProblem.Malformed);
        if (keys.Find(buffer[1]) is not { } key) return new(null, TokenProblem.Tampered);
        var expected = HMACSHA256.HashData(key, buffer.AsSpan(0, buffer.Length - MacBytes))[..MacBytes];
        if (!CryptographicOperations.FixedTimeEquals(expected, buffer.AsSpan(buffer.Length - MacBytes))) return new(null, TokenProblem.Tampered);

        var week = new DigestWeek(BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(7)), buffer[9]);
        var nudge = buffer.AsSpan(10, NudgeIdBytes);
        var token = new ActionToken(
            Encoding.UTF8.GetString(buffer.AsSpan(FixedBytes, userLength)),
            (NudgeAction)buffer[2],
            week.ToString(),
            nudge.ContainsAnyExcept((byte)0) ? Convert.ToHexStringLower(nudge) : "",
            DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(3))));
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
            var buffer = WebEncoders.Base64UrlDecode(text);
            return buffer.Length > FixedBytes + MacBytes && WebEncoders.Base64UrlEncode(buffer) == text ? buffer : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
