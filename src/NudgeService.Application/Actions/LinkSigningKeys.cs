using System.Security.Cryptography;

namespace NudgeService.Application.Actions;

/// <summary>
/// The current link signing key and the retired ones. A token names its key by a one-byte id (the
/// first byte of the key's hash), so a rotation never breaks a link that is still valid.
/// </summary>
public sealed class LinkSigningKeys
{
    public const int MinimumBytes = 32;
    private readonly Dictionary<byte, byte[]> byId = [];

    public LinkSigningKeys(string current, IEnumerable<string> previous)
    {
        Current = Decode(current);
        CurrentId = IdOf(Current);
        byId[CurrentId] = Current;
        foreach (var key in previous.Select(Decode)) byId.TryAdd(IdOf(key), key);
    }

    public byte[] Current { get; }

    public byte CurrentId { get; }

    /// <summary>The ids of the current key and of every retired one.</summary>
    public IEnumerable<byte> Ids => byId.Keys;

    public byte[]? Find(byte id) => byId.GetValueOrDefault(id);

    public static bool IsUsable(string? key)
    {
        var bytes = new byte[256];
        return !string.IsNullOrWhiteSpace(key) && Convert.TryFromBase64String(key.Trim(), bytes, out var written) && written >= MinimumBytes;
    }

    private static byte[] Decode(string key) =>
        IsUsable(key) ? Convert.FromBase64String(key.Trim()) : throw new ArgumentException("A link signing key must be base64 of at least 32 bytes.", nameof(key));

    private static byte IdOf(byte[] key) => SHA256.HashData(key)[0];
}
